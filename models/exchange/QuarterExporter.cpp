#include "QuarterExporter.h"

#include "PackageCheck.h"
#include "PackageChecksum.h"
#include "PackageManifest.h"
#include "PackageSchema.h"
#include "QuarterWorkbook.h"
#include "core/CancelFlag.h"
#include "core/IsoDate.h"
#include "org/OrgRepository.h"
#include "org/SubtreeRange.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/FileOps.h"
#include "store/Migrations.h"
#include "store/Schema.h"
#include "store/SqlRead.h"
#include "store/SqlConnection.h"
#include "store/SqlScript.h"
#include "trust/OfficeKey.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuarterExporter)
};

/// The statements that copy the quarter from the attached source ("src") into the package.
/// :from/:to bound to the quarter; temp.scope holds the subtree's organisations.
QList<std::pair<QString, QString>> fillStatements(bool personal)
{
    const auto masked = [personal](const char *mask, const char *column) {
        return personal ? QString(QLatin1String(column)) : QStringLiteral("%1(%2)").arg(QLatin1String(mask), QLatin1String(column));
    };
    const QString name = masked("mask_name", "i.resident_name");
    const QString phone = masked("mask_phone", "i.resident_phone");
    return {
        {QStringLiteral("organisation"),
         QStringLiteral("INSERT INTO organisation SELECT o.id, CASE WHEN o.parent_id IN (SELECT id FROM temp.scope) THEN o.parent_id END, "
                        "o.kind, o.name, o.code, o.secretary, o.households, o.established_on, o.dissolved_on "
                        "FROM src.organisation o WHERE o.id IN (SELECT id FROM temp.scope)")},
        {QStringLiteral("member_figures"),
         QStringLiteral("INSERT INTO member_figures SELECT m.org_id, count(*) FILTER (WHERE m.status = 'active'), "
                        "count(*) FILTER (WHERE m.status = 'active' AND m.full_member_on IS NULL), "
                        "count(*) FILTER (WHERE m.status = 'active' AND m.category = 'flowing'), "
                        "count(*) FILTER (WHERE m.status = 'active' AND m.category = 'in_service'), "
                        "count(*) FILTER (WHERE m.joined_on BETWEEN :from AND :to), "
                        "count(*) FILTER (WHERE m.status <> 'active' AND m.status_on BETWEEN :from AND :to) "
                        "FROM src.member m WHERE m.org_id IN (SELECT id FROM temp.scope) GROUP BY m.org_id")},
        {QStringLiteral("ledger_category"), QStringLiteral("INSERT INTO ledger_category SELECT id, name FROM src.ledger_category")},
        {QStringLiteral("ledger_item"),
         QStringLiteral("INSERT INTO ledger_item SELECT i.id, i.org_id, i.source, i.category_id, %3, %4, %5, "
                        "%1, %2, i.urgency, i.recorded_on, i.due_on, i.state, i.holder, i.suspended_since, i.closed_on, "
                        "i.close_days, %6, i.visited_on, i.satisfaction, i.reopened FROM src.ledger_item i "
                        "WHERE i.org_id IN (SELECT id FROM temp.scope) AND i.recorded_on BETWEEN :from AND :to")
             .arg(name, phone, masked("mask_text", "i.title"), masked("mask_text", "i.description"), masked("mask_text", "i.location"),
                  masked("mask_text", "i.result"))},
        {QStringLiteral("ledger_event"),
         QStringLiteral("INSERT INTO ledger_event SELECT e.id, e.item_id, e.happened_on, e.who, e.action, e.from_state, e.to_state, "
                        "%1, %2 FROM src.ledger_event e WHERE e.item_id IN (SELECT id FROM main.ledger_item)")
             .arg(masked("mask_text", "e.detail"), masked("mask_text", "e.note"))},
        {QStringLiteral("cobuild_category"), QStringLiteral("INSERT INTO cobuild_category SELECT id, name FROM src.cobuild_category")},
        {QStringLiteral("unit"),
         QStringLiteral("INSERT INTO unit SELECT u.id, u.org_id, u.name, u.type, u.address, %1, %2, u.party_org, u.secretary "
                        "FROM src.unit u WHERE u.org_id IN (SELECT id FROM temp.scope)")
             .arg(masked("mask_name", "u.contact"), masked("mask_phone", "u.phone"))},
        {QStringLiteral("agreement"),
         QStringLiteral("INSERT INTO agreement SELECT a.id, a.org_id, a.unit_id, a.kind, a.signed_on, a.ends_on, a.commitments, "
                        "a.target_per_year FROM src.agreement a WHERE a.org_id IN (SELECT id FROM temp.scope) "
                        "AND a.unit_id IN (SELECT id FROM main.unit) AND a.signed_on <= :to")},
        {QStringLiteral("activity"),
         QStringLiteral("INSERT INTO activity SELECT t.id, t.agreement_id, t.held_on, t.title, t.participants, "
                        "(SELECT count(*) FROM src.activity_member m WHERE m.activity_id = t.id) FROM src.activity t "
                        "WHERE t.agreement_id IN (SELECT id FROM main.agreement) AND t.held_on BETWEEN :from AND :to")},
        {QStringLiteral("need"),
         QStringLiteral("INSERT INTO need SELECT n.id, n.org_id, n.category_id, n.title, %1, n.posted_on, n.state, n.state_on "
                        "FROM src.need n WHERE n.org_id IN (SELECT id FROM temp.scope) AND n.posted_on <= :to")
             .arg(masked("mask_text", "n.description"))},
        {QStringLiteral("resource"),
         QStringLiteral("INSERT INTO resource SELECT r.id, r.unit_id, r.category_id, r.title, r.capacity, r.available_from, "
                        "r.available_to, r.withdrawn_on FROM src.resource r WHERE r.unit_id IN (SELECT id FROM main.unit)")},
        {QStringLiteral("need_resource"),
         QStringLiteral("INSERT INTO need_resource SELECT l.need_id, l.resource_id, l.matched_on FROM src.need_resource l "
                        "WHERE l.need_id IN (SELECT id FROM main.need) AND l.resource_id IN (SELECT id FROM main.resource)")},
        {QStringLiteral("project"),
         QStringLiteral("INSERT INTO project SELECT p.id, p.kind, p.title, p.org_id, p.secretary, p.stage, p.approved_on, p.advancing_on, "
                        "p.results_on, p.concluded_on, p.budget, p.description FROM src.project p "
                        "WHERE p.org_id IN (SELECT id FROM temp.scope) AND p.approved_on <= :to")},
        {QStringLiteral("project_claim"),
         QStringLiteral("INSERT INTO project_claim SELECT c.id, c.project_id, CASE WHEN c.unit_id IN (SELECT id FROM main.unit) "
                        "THEN c.unit_id END, c.member_id IS NOT NULL, c.claimed_on FROM src.project_claim c "
                        "WHERE c.project_id IN (SELECT id FROM main.project)")},
        {QStringLiteral("project_review"),
         QStringLiteral("INSERT INTO project_review SELECT r.id, r.project_id, r.kind, r.held_on, r.note FROM src.project_review r "
                        "WHERE r.project_id IN (SELECT id FROM main.project) AND r.held_on BETWEEN :from AND :to")},
        {QStringLiteral("meeting"),
         QStringLiteral("INSERT INTO meeting SELECT m.id, m.org_id, m.held_on, m.attendees, m.topics, m.resolutions FROM src.meeting m "
                        "WHERE m.org_id IN (SELECT id FROM temp.scope) AND m.kind = 'joint' AND m.held_on BETWEEN :from AND :to")},
        {QStringLiteral("task"),
         QStringLiteral("INSERT INTO task SELECT t.id, t.org_id, CASE WHEN t.meeting_id IN (SELECT id FROM main.meeting) THEN t.meeting_id END, "
                        "t.title, t.set_on, t.due_on, t.state, t.done_on FROM src.task t WHERE t.org_id IN (SELECT id FROM temp.scope) "
                        "AND (t.set_on BETWEEN :from AND :to OR (t.set_on < :from AND (t.state = 'open' OR t.done_on >= :from)))")},
    };
}

Outcome exec(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (sql.contains(it.key()))
            query.bindValue(it.key(), it.value());
    }
    if (!query.exec())
        return Outcome::failure(StoreHealth::describe(query.lastError()));
    return Outcome::success();
}

void registerMasks(const QSqlDatabase &db);

/// Appends a line to the export log beside the files (written whole through a temporary file).
void log(const QString &dir, const QString &line)
{
    const QString path = QDir(dir).filePath(QStringLiteral("zongheng-export.log"));
    QByteArray content;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        content = existing.readAll();
    content += line.toUtf8() + '\n';
    (void)FileOps::writeFile(path, content);
}

} // namespace

QString QuarterExporter::maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? trimmed : trimmed.left(1) + QLatin1Char('*');
}

QString QuarterExporter::maskText(const QString &text)
{
    // An 18-character ID card number, then an 11-digit mobile number, each on its own (not part of
    // a longer run of digits).
    static const QRegularExpression idNumber(QStringLiteral("(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])"));
    static const QRegularExpression mobile(QStringLiteral("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])"));
    QString out = text;
    out.replace(idNumber, QStringLiteral("\\1********\\2"));
    out.replace(mobile, QStringLiteral("\\1****\\2"));
    return out;
}

QString QuarterExporter::maskPhone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    if (trimmed.size() < 8)
        return QStringLiteral("****");
    return trimmed.left(3) + QStringLiteral("****") + trimmed.right(4);
}

Result<QuarterExporter::Written> QuarterExporter::runOnSnapshot(const Database &database, const Options &options)
{
    using R = Result<Written>;
    // A server's database is read as one snapshot copied into a file beside the package, every
    // table compared (DatabaseCopy): the package is then written from it as from the clerk's
    // file, by the same statements. The snapshot holds the office's key; it is removed at once.
    if (!QDir(options.outDir).exists() && !QDir().mkpath(options.outDir))
        return R::failure(Text::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.outDir)));
    const QString snapshot = FileOps::temporaryPathFor(QDir(options.outDir).filePath(QStringLiteral("snapshot.db")));
    const auto removeSnapshot = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(snapshot + suffix);
    };
    removeSnapshot();
    Result<Written> written = R::failure(QString());
    {
        auto file = Database::create(snapshot);
        if (!file)
            return R::failure(Text::tr("The package could not be written: %1").arg(file.error()));
        const auto copied = DatabaseCopy::copy(database, *file.value(), [&](const QString &, qint64) {
            return !(options.cancel && options.cancel->isSet());
        });
        written = copied ? run(*file.value(), options) : R::failure(Text::tr("The package could not be written: %1").arg(copied.error()));
    }
    removeSnapshot();
    return written;
}

Result<QuarterExporter::Written> QuarterExporter::run(const Database &database, const Options &options)
{
    using R = Result<Written>;
    if (!options.quarter.isValid())
        return R::failure(Text::tr("The quarter is not valid; write it like 2026Q3."));
    if (database.onServer())
        return runOnSnapshot(database, options);
    const OrgRepository orgs(database);
    qint64 orgId = options.orgId;
    if (!orgId) {
        const auto subdistricts = orgs.within(0, {OrgKind::Subdistrict}, 2);
        orgId = subdistricts.size() == 1 ? subdistricts.first().id : orgs.rootId();
    }
    const auto node = orgs.node(orgId);
    if (!node)
        return R::failure(Text::tr("There is no organisation with id %1.").arg(orgId));
    if (!QDir(options.outDir).exists() && !QDir().mkpath(options.outDir))
        return R::failure(Text::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.outDir)));

    Written written;
    written.sourcePath = orgs.path(orgId);
    const QString base = QStringLiteral("%1-%2").arg(node->name, options.quarter.code());
    written.packagePath = QDir(options.outDir).filePath(base + packageSuffix());
    written.workbookPath = QDir(options.outDir).filePath(base + QStringLiteral(".xlsx"));
    const QString temporary = FileOps::temporaryPathFor(written.packagePath);
    QFile::remove(temporary);
    {
        SqlConnection package(QStringLiteral("package"));
        package.open(temporary);
        QSqlDatabase db = package.db();
        if (!db.isOpen())
            return R::failure(Text::tr("The package %1 cannot be created: %2").arg(QDir::toNativeSeparators(temporary), StoreHealth::describe(db.lastError())));
        registerMasks(db);
        Outcome done = SqlScript::execute(db, QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2; PRAGMA journal_mode = DELETE;")
                                                  .arg(Schema::applicationId)
                                                  .arg(PackageCheck::formatVersion));
        if (done)
            done = SqlScript::execute(db, PackageSchema::script());
        if (done)
            done = exec(db, QStringLiteral("ATTACH DATABASE :path AS src"), {{QStringLiteral(":path"), database.path()}});
        // One read transaction over the source: the package is a consistent snapshot even while
        // the clerk goes on working.
        if (done)
            done = exec(db, QStringLiteral("BEGIN"));
        const QString lineage = orgs.lineageText(orgId);
        if (done)
            done = exec(db, QStringLiteral("CREATE TEMP TABLE scope AS SELECT id FROM src.organisation WHERE lineage >= :low AND lineage < :high"),
                        {{QStringLiteral(":low"), lineage}, {QStringLiteral(":high"), SubtreeRange::upperBound(lineage)}});
        const QVariantMap period = {{QStringLiteral(":from"), IsoDate::format(options.quarter.first())},
                                    {QStringLiteral(":to"), IsoDate::format(options.quarter.last())}};
        for (const auto &[table, sql] : fillStatements(options.includePersonal)) {
            if (!done)
                break;
            if (options.cancel && options.cancel->isSet()) {
                done = Outcome::failure(Text::tr("Cancelled; nothing was written."));
                break;
            }
            done = exec(db, sql, period);
            if (!done)
                done = Outcome::failure(Text::tr("The table %1 could not be copied: %2").arg(table, done.error()));
        }
        const auto top = SqlRead::value(database.connection(), QStringLiteral("SELECT name FROM organisation WHERE parent_id IS NULL"));
        if (done && !top)
            done = Outcome::failure(top.error());
        const QString district = top ? top.value().toString() : QString();
        PackageManifest manifest;
        manifest.fields = {
            {QStringLiteral("format"), QStringLiteral("zongheng-quarter-package")},
            {QStringLiteral("format_version"), QString::number(PackageCheck::formatVersion)},
            {QStringLiteral("schema_version"), QString::number(Migrations::latestVersion())},
            {QStringLiteral("source_org_id"), QString::number(orgId)},
            {QStringLiteral("source_org_kind"), OrgKinds::code(node->kind)},
            {QStringLiteral("source_org_name"), node->name},
            {QStringLiteral("source_path"), written.sourcePath},
            {QStringLiteral("district"), district},
            {QStringLiteral("quarter"), options.quarter.code()},
            {QStringLiteral("from"), IsoDate::format(options.quarter.first())},
            {QStringLiteral("to"), IsoDate::format(options.quarter.last())},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("personal"), options.includePersonal ? QStringLiteral("1") : QStringLiteral("0")},
        };
        for (const QString &table : PackageChecksum::tables()) {
            if (!done)
                break;
            const PackageChecksum::TableSum sum = PackageChecksum::compute(db, table);
            if (sum.rows < 0)
                done = Outcome::failure(Text::tr("The table %1 could not be read back: %2").arg(table, sum.problem));
            written.rows.insert(table, sum.rows);
            manifest.tables.append({table, sum.rows, sum.sha256});
        }
        // Signed with the office's key: every field and every table's checksum.
        if (done) {
            auto key = OfficeKey::current(database.connection());
            if (!key) {
                done = Outcome::failure(key.error());
            } else {
                manifest.fields.insert(QStringLiteral("signer_key"), QString::fromLatin1(key.value().key.publicDer().toBase64()));
                if (!key.value().previousPublic.isEmpty()) {
                    manifest.fields.insert(QStringLiteral("previous_key"), QString::fromLatin1(key.value().previousPublic.toBase64()));
                    manifest.fields.insert(QStringLiteral("key_endorsement"), QString::fromLatin1(key.value().endorsement.toBase64()));
                }
                const auto signature = key.value().key.sign(manifest.signedBytes());
                if (!signature)
                    done = Outcome::failure(signature.error());
                else
                    manifest.signature = signature.value();
            }
        }
        if (done)
            done = manifest.write(db);
        if (done)
            done = exec(db, QStringLiteral("COMMIT"));
        else
            (void)exec(db, QStringLiteral("ROLLBACK"));
        (void)exec(db, QStringLiteral("DETACH DATABASE src"));
        if (!done) {
            db.close();
            QFile::remove(temporary);
            return R::failure(Text::tr("The package could not be written: %1").arg(done.error()));
        }
        // The workbook is read from the package: people see exactly what the district gets.
        if (const Outcome book = QuarterWorkbook::write(db, written.workbookPath); !book) {
            db.close();
            QFile::remove(temporary);
            return R::failure(book.error());
        }
    }
    if (const Outcome committed = FileOps::commitFile(temporary, written.packagePath); !committed)
        return R::failure(committed.error());
    qint64 total = 0;
    for (qint64 rows : std::as_const(written.rows))
        total += rows;
    log(options.outDir, QStringLiteral("%1\t%2\t%3\t%4\t%5 rows\tpersonal=%6")
                            .arg(QDateTime::currentDateTime().toString(Qt::ISODate), options.quarter.code(), written.sourcePath,
                                 QFileInfo(written.packagePath).fileName())
                            .arg(total)
                            .arg(options.includePersonal ? 1 : 0));
    return written;
}

namespace {

void registerMasks(const QSqlDatabase &db)
{
    // SQL functions over the C interface, on this connection only: the package's schema calls none.
    SqlScript::registerFunction(db, QStringLiteral("mask_name"), [](const QString &v) { return QuarterExporter::maskName(v); });
    SqlScript::registerFunction(db, QStringLiteral("mask_phone"), [](const QString &v) { return QuarterExporter::maskPhone(v); });
    SqlScript::registerFunction(db, QStringLiteral("mask_text"), [](const QString &v) { return QuarterExporter::maskText(v); });
}

} // namespace
