// The quarterly exchange: export masks residents unless asked, the package's manifest holds,
// export → import into a district database gives back the source's figures, and truncated,
// bit-flipped, foreign, wrong-version, tampered and older packages are refused with the district
// database unchanged; the same package twice changes nothing, a newer one replaces.

#include "TestSupport.h"

#include "cobuild/CobuildFigures.h"
#include "demo/DemoGenerator.h"
#include "exchange/PackageCheck.h"
#include "exchange/PackageChecksum.h"
#include "exchange/PackageFile.h"
#include "exchange/PackageImporter.h"
#include "exchange/QuarterExporter.h"
#include "exchange/WorkbookSheets.h"
#include "ledger/LedgerFigures.h"
#include "ledger/LedgerRepository.h"
#include "ledger/LedgerService.h"
#include "points/PointsService.h"
#include "org/OrgRepository.h"
#include "org/OrgSetup.h"
#include "overview/Headline.h"
#include "store/Maintenance.h"
#include "trust/OfficeKey.h"
#include "trust/SenderRegistry.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include "store/SqlDialect.h"
#include "store/TableChecksum.h"
#include <QThread>

using namespace TestSupport;

namespace {

/// Every table's checksum in a database, on either engine: equal digests, equal content.
QString digest(const Database &db)
{
    QStringList parts;
    const SqlDialect &dialect = SqlDialect::of(db.connection());
    const auto tables = dialect.tables(db.connection());
    if (!tables)
        qFatal("the tables cannot be listed: %s", qPrintable(tables.error()));
    for (const QString &table : tables.value()) {
        const TableChecksum sum = TableChecksum::compute(db.connection(), table, dialect.columns(db.connection(), table).value());
        parts.append(QStringLiteral("%1=%2/%3").arg(table).arg(sum.rows).arg(QString::fromLatin1(sum.sum.toHex())));
    }
    return parts.join(QLatin1Char('\n'));
}

/// Runs SQL on a package file directly (to tamper with it as someone might).
void tamper(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_source;
    qint64 m_subdistrict = 0;
    const Quarter m_quarter{2026, 3};
    int m_file = 0;

    QString exportTo(const QString &folder, bool personal = false)
    {
        QuarterExporter::Options options;
        options.quarter = m_quarter;
        options.outDir = m_dir.filePath(folder);
        options.includePersonal = personal;
        const auto written = QuarterExporter::run(*m_source, options);
        if (!written)
            qFatal("export: %s", qPrintable(written.error()));
        return written.value().packagePath;
    }

    std::unique_ptr<Database> district()
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("district-%1.db").arg(++m_file)));
        OrgService orgs(*db);
        if (!OrgSetup::initialise(*db, orgs, QStringLiteral("迎江区"), QString()))
            qFatal("cannot create the district");
        // The district has registered the sub-district's key (as the clerks do once, by phone).
        const auto key = OfficeKey::current(m_source->connection());
        if (!key || !SenderRegistry(*db).add(key.value().key.publicDer(), {QStringLiteral("迎江区/新河路街道")}))
            qFatal("cannot register the sender's key");
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = createDemo(m_dir.filePath(QStringLiteral("source.db")), QStringLiteral("small"), 3);
        m_subdistrict = *OrgRepository(*m_source).findByPath(QStringLiteral("迎江区/新河路街道"));
    }

    void cleanupTestCase() { m_source.reset(); }

    void masking()
    {
        QCOMPARE(QuarterExporter::maskName(QStringLiteral("张三")), QStringLiteral("张*"));
        QCOMPARE(QuarterExporter::maskName(QStringLiteral("欧阳明华")), QStringLiteral("欧*"));
        QCOMPARE(QuarterExporter::maskName(QString()), QString());
        QCOMPARE(QuarterExporter::maskPhone(QStringLiteral("13912341234")), QStringLiteral("139****1234"));
        QCOMPARE(QuarterExporter::maskPhone(QStringLiteral("12345")), QStringLiteral("****"));
        // Numbers typed into free text: a mobile number, an ID card number; not parts of longer runs.
        QCOMPARE(QuarterExporter::maskText(QStringLiteral("张大爷13912345678反映")), QStringLiteral("张大爷139****5678反映"));
        QCOMPARE(QuarterExporter::maskText(QStringLiteral("身份证340802195503121234")), QStringLiteral("身份证340802********1234"));
        QCOMPARE(QuarterExporter::maskText(QStringLiteral("身份证34080219550312123X")), QStringLiteral("身份证340802********123X"));
        QCOMPARE(QuarterExporter::maskText(QStringLiteral("编号 2026110312345678901")), QStringLiteral("编号 2026110312345678901"));
        QCOMPARE(QuarterExporter::maskText(QStringLiteral("3号楼 5 单元")), QStringLiteral("3号楼 5 单元"));
    }

    void exportWritesPackageAndWorkbook()
    {
        const QString masked = exportTo(QStringLiteral("masked"));
        QVERIFY(QFile::exists(masked));
        QVERIFY(QFile::exists(QString(masked).replace(QStringLiteral(".zhq"), QStringLiteral(".xlsx"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("masked/zongheng-export.log"))));
        // No temporary files left behind.
        for (const QString &name : QDir(m_dir.filePath(QStringLiteral("masked"))).entryList(QDir::Files))
            QVERIFY2(!name.contains(QStringLiteral(".tmp")) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
        auto target = district();
        auto file = PackageFile::open(masked);
        QVERIFY2(file, qPrintable(file.error()));
        const auto info = PackageCheck::check(*file.value(), SenderRegistry(*target));
        QVERIFY2(info, qPrintable(info.error()));
        QCOMPARE(info.value().signer, OfficeKey::current(m_source->connection()).value().fingerprint);
        QCOMPARE(info.value().quarter.code(), QStringLiteral("2026Q3"));
        QCOMPARE(info.value().source, QStringLiteral("迎江区/新河路街道"));
        QVERIFY(!info.value().personal);
        // Opened by mistake as a database: refused with what it is, and left as it was.
        const QByteArray before = fingerprint(masked);
        const auto opened = Database::open(masked, Database::Access::ReadWrite);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("quarterly package")), qPrintable(opened.error()));
        QCOMPARE(fingerprint(masked), before);

        const QString personal = exportTo(QStringLiteral("personal"), true);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        {
            db.setDatabaseName(masked);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE resident_name LIKE '_*'), "
                                              "count(*) FILTER (WHERE resident_phone LIKE '___****____') FROM ledger_item "
                                              "WHERE resident_name IS NOT NULL AND resident_name <> ''")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toInt() > 0);
            QCOMPARE(query.value(1).toInt(), query.value(0).toInt());
            QCOMPARE(query.value(2).toInt(), query.value(0).toInt());
            query.finish();
            // Units' contact persons are natural persons too.
            QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE contact LIKE '_*'), "
                                              "count(*) FILTER (WHERE phone LIKE '%****%') FROM unit WHERE contact IS NOT NULL")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toInt() > 0);
            QCOMPARE(query.value(1).toInt(), query.value(0).toInt());
            QCOMPARE(query.value(2).toInt(), query.value(0).toInt());
            query.finish();
            db.close();
            db.setDatabaseName(personal);
            QVERIFY(db.open());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM ledger_item WHERE resident_name LIKE '_*'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            query.finish();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    /// The workbook reads without joins: organisations by path, categories and units by name,
    /// words for codes, steps by their item's number — never an internal id or an English code.
    /// Its first rows and row counts are locked by a golden file.
    void workbookReadsWithoutJoins()
    {
        const QString package = exportTo(QStringLiteral("workbook"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sheets"));
        QByteArray tsv;
        QStringList codes;
        for (const char *code : {"basically_satisfied", "in_progress", "walk_in", "building_group", "subdistrict", "record", "visited",
                                 "dissatisfied", "secretary", "public_institution"})
            codes.append(QLatin1String(code));
        {
            db.setDatabaseName(package);
            QVERIFY(db.open());
            int rows = 0;
            int sheets = 0;
            QStringList headings;
            QStringList wrong;
            const auto flush = [&] {
                if (sheets)
                    tsv += "rows: " + QByteArray::number(rows) + "\n\n";
            };
            const Outcome read = WorkbookSheets::read(
                db, WorkbookSheets::Visitor{[&](const WorkbookSheets::Sheet &sheet) {
                         flush();
                         ++sheets;
                         rows = 0;
                         headings = sheet.headings;
                         tsv += "## " + sheet.title.toUtf8() + '\n' + sheet.headings.join(QLatin1Char('\t')).toUtf8() + '\n';
                         return true;
                     },
                     [&](const QList<WorkbookSheets::Cell> &cells) -> bool {
                         ++rows;
                         QStringList texts;
                         for (int c = 0; c < cells.size(); ++c) {
                             const QString text = WorkbookSheets::text(cells.at(c));
                             texts.append(text);
                             if (cells.at(c).kind == WorkbookSheets::Cell::Kind::Text && codes.contains(text))
                                 wrong.append(headings.at(c) + QStringLiteral(": ") + text);
                             if (headings.at(c) == QLatin1String("Organisation") && !text.isEmpty() && !text.startsWith(QStringLiteral("新河路街道")))
                                 wrong.append(text);
                         }
                         if (rows <= 3)
                             tsv += texts.join(QLatin1Char('\t')).toUtf8() + '\n';
                         return true;
                     }});
            QVERIFY2(read, qPrintable(read.error()));
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(QLatin1Char('\n'))));
            flush();
            QCOMPARE(sheets, 15);
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("sheets"));
        // A grid is named by its path, so that 第3网格 of one community is not taken for another's.
        QVERIFY(tsv.contains(QStringLiteral("新河路街道/").toUtf8()));
        compareWithGolden(QStringLiteral("workbook-small-3-2026Q3.txt"), tsv);
    }

    void roundTripGivesTheSourceFigures()
    {
        const QString package = exportTo(QStringLiteral("roundtrip"));
        auto target = district();
        PackageImporter importer(*target);
        const auto imported = importer.import({package});
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported.value().first().what, PackageImporter::Outcome::What::Merged);
        QVERIFY2(Maintenance::check(*target).isEmpty(), qPrintable(Maintenance::check(*target).join(QLatin1Char('\n'))));
        if (TestServer::isEngine()) {
            // The merge wrote the organisations' ids itself: the server's sequence is past them.
            QSqlQuery ids(target->connection());
            QVERIFY(ids.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('organisation', 'id')) > "
                                            "(SELECT max(id) FROM organisation)")) && ids.next());
            QVERIFY(ids.value(0).toBool());
        }

        const qint64 here = *OrgRepository(*target).findByPath(QStringLiteral("迎江区/新河路街道"));
        const Headline from = Headline::readSubtree(*m_source, m_subdistrict);
        const Headline to = Headline::readSubtree(*target, here);
        QCOMPARE(to.communities, from.communities);
        QCOMPARE(to.grids, from.grids);
        QCOMPARE(to.households, from.households);
        QCOMPARE(to.members, from.members);
        QCOMPARE(Headline::read(*target).members, from.members);
        const LedgerFigures a = LedgerFigures::compute(*m_source, m_subdistrict, m_quarter.first(), m_quarter.last(), m_quarter.last());
        const LedgerFigures b = LedgerFigures::compute(*target, here, m_quarter.first(), m_quarter.last(), m_quarter.last());
        QVERIFY(a.recorded > 0);
        QCOMPARE(b.recorded, a.recorded);
        QCOMPARE(b.closed, a.closed);
        QCOMPARE(b.visited, a.visited);
        QCOMPARE(b.satisfied, a.satisfied);
        // Overdue counts every item in hand; the district holds the quarter's, so compare those.
        const auto overdueOfQuarter = [this](const Database &db, qint64 org) {
            LedgerFilter filter;
            filter.orgId = org;
            filter.overdueOnly = true;
            filter.asOf = m_quarter.last();
            filter.recordedFrom = m_quarter.first();
            filter.recordedTo = m_quarter.last();
            return LedgerRepository(db).count(filter);
        };
        QVERIFY(overdueOfQuarter(*m_source, m_subdistrict) > 0);
        QCOMPARE(overdueOfQuarter(*target, here), overdueOfQuarter(*m_source, m_subdistrict));
        QCOMPARE(b.averageCloseDays, a.averageCloseDays);
        // Every step came along.
        const QString quarterEvents = QStringLiteral("SELECT count(*) FROM ledger_event e JOIN ledger_item i ON i.id = e.item_id "
                                                     "WHERE i.recorded_on BETWEEN '2026-07-01' AND '2026-09-30'");
        QSqlQuery sent(m_source->connection());
        QVERIFY(sent.exec(quarterEvents) && sent.next());
        QSqlQuery merged(target->connection());
        QVERIFY(merged.exec(quarterEvents) && merged.next());
        QVERIFY(sent.value(0).toLongLong() >= a.recorded);
        QCOMPARE(merged.value(0).toLongLong(), sent.value(0).toLongLong());
        const CobuildFigures cobuild = CobuildFigures::compute(*target, 0, m_quarter.last());
        QVERIFY(cobuild.units > 0 && cobuild.agreements > 0 && cobuild.needs > 0);

        // The same package again changes nothing.
        const QString before = digest(*target);
        const auto again = importer.import({package});
        QVERIFY(again);
        QCOMPARE(again.value().first().what, PackageImporter::Outcome::What::Unchanged);
        QCOMPARE(digest(*target), before);
    }

    void badPackagesAreRefusedAndChangeNothing()
    {
        const QString good = exportTo(QStringLiteral("bad"));
        auto target = district();
        const QString before = digest(*target);
        PackageImporter importer(*target);
        const auto refusedWith = [&](const QString &path, const QString &expected) {
            const auto result = importer.import({good, path}); // a good one beside it: nothing is merged either
            QVERIFY2(!result, qPrintable(path));
            QVERIFY2(result.error().contains(QFileInfo(path).fileName()), qPrintable(result.error()));
            QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
            QCOMPARE(digest(*target), before);
        };
        const QByteArray bytes = [&] {
            QFile file(good);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        const auto write = [&](const QString &name, const QByteArray &content) {
            const QString path = m_dir.filePath(QStringLiteral("bad/") + name);
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(content);
            return path;
        };
        refusedWith(write(QStringLiteral("truncated.zhq"), bytes.left(bytes.size() / 2)), QStringLiteral("cut short"));
        refusedWith(write(QStringLiteral("notes.zhq"), QByteArray("just some notes\n").repeated(20)), QStringLiteral("not a ZongHeng"));

        // A bit flipped inside a name: the file is sound SQLite, the checksum catches it.
        QByteArray flipped = bytes;
        const QByteArray name = QStringLiteral("龙狮桥社区").toUtf8();
        const qsizetype at = flipped.indexOf(name);
        QVERIFY(at > 0);
        flipped[at + 2] = char(flipped[at + 2] ^ 0x01);
        refusedWith(write(QStringLiteral("flipped.zhq"), flipped), QStringLiteral("checksum"));

        // Another program's SQLite file.
        const QString foreign = m_dir.filePath(QStringLiteral("bad/foreign.zhq"));
        tamper(foreign, QStringLiteral("CREATE TABLE t (x)"));
        refusedWith(foreign, QStringLiteral("not written by ZongHeng"));

        // A format this program does not know.
        const QString future = write(QStringLiteral("future.zhq"), bytes);
        tamper(future, QStringLiteral("PRAGMA user_version = 99"));
        refusedWith(future, QStringLiteral("format 99"));

        // Rows changed after the manifest was written.
        const QString edited = write(QStringLiteral("edited.zhq"), bytes);
        tamper(edited, QStringLiteral("UPDATE ledger_item SET state = 'closed' WHERE id = (SELECT min(id) FROM ledger_item)"));
        refusedWith(edited, QStringLiteral("checksum"));
        const QString added = write(QStringLiteral("added.zhq"), bytes);
        tamper(added, QStringLiteral("DELETE FROM task WHERE id = (SELECT max(id) FROM task)"));
        refusedWith(added, QStringLiteral("the manifest says"));

        // A schema newer than ours.
        const QString newer = write(QStringLiteral("newer.zhq"), bytes);
        tamper(newer, QStringLiteral("UPDATE manifest SET value = '999' WHERE key = 'schema_version'"));
        refusedWith(newer, QStringLiteral("newer ZongHeng"));

        // Cancelled half way (after the checks, before the merge): nothing goes in.
        const auto cancelled = importer.import({good}, [](int done, int, const QString &) { return done < 1; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().contains(QStringLiteral("Cancelled")));
        QCOMPARE(digest(*target), before);

        // The good one alone goes in; progress reaches every step.
        int steps = 0;
        QVERIFY(importer.import({good}, [&](int done, int total, const QString &) {
            steps = std::max(steps, done);
            return total == 2;
        }));
        QCOMPARE(steps, 1);
        QVERIFY(digest(*target) != before);
    }

    /// A package of an earlier quarter that arrives after a later one brings the rows new to the
    /// district but takes back nothing the later one said (a need fulfilled since stays fulfilled).
    void earlierQuarterArrivingLateChangesNothingThere()
    {
        QSqlQuery need(m_source->connection());
        QVERIFY(need.exec(QStringLiteral("SELECT id, title FROM need WHERE posted_on <= '2026-06-30' AND state = 'open' ORDER BY id LIMIT 1")));
        QVERIFY(need.next());
        const qint64 needId = need.value(0).toLongLong();
        const QString title = need.value(1).toString();
        need.finish();
        QuarterExporter::Options options;
        options.quarter = Quarter{2026, 2};
        options.outDir = m_dir.filePath(QStringLiteral("late-q2"));
        const auto q2 = QuarterExporter::run(*m_source, options);
        QVERIFY(q2);
        QVERIFY(need.exec(QStringLiteral("UPDATE need SET state = 'fulfilled', state_on = '2026-08-01' WHERE id = %1").arg(needId)));
        QThread::msleep(5);
        const QString q3 = exportTo(QStringLiteral("late-q3"));
        auto target = district();
        PackageImporter importer(*target);
        QVERIFY(importer.import({q3}));
        const auto late = importer.import({q2.value().packagePath});
        QVERIFY2(late, qPrintable(late.error()));
        QVERIFY(late.value().first().older);
        QSqlQuery state(target->connection());
        state.prepare(QStringLiteral("SELECT state FROM need WHERE title = :title"));
        state.bindValue(QStringLiteral(":title"), title);
        QVERIFY(state.exec() && state.next());
        QCOMPARE(state.value(0).toString(), QStringLiteral("fulfilled"));
        state.finish();
        // Its own quarter's items came in all the same.
        QVERIFY(state.exec(QStringLiteral("SELECT count(*) FROM ledger_item WHERE recorded_on BETWEEN '2026-04-01' AND '2026-06-30'")) && state.next());
        QVERIFY(state.value(0).toInt() > 0);
        state.finish();
        QVERIFY(need.exec(QStringLiteral("UPDATE need SET state = 'open', state_on = NULL WHERE id = %1").arg(needId)));
    }

    /// A community sends from under a sub-district the district does not have yet: refused.
    void senderMustHangUnderWhatIsHere()
    {
        QuarterExporter::Options options;
        options.quarter = m_quarter;
        options.orgId = *OrgRepository(*m_source).findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        options.outDir = m_dir.filePath(QStringLiteral("community"));
        const auto written = QuarterExporter::run(*m_source, options);
        QVERIFY(written);
        auto target = district();
        QVERIFY(SenderRegistry(*target).add(OfficeKey::current(m_source->connection()).value().key.publicDer(),
                                            {QStringLiteral("迎江区/新河路街道/龙狮桥社区")}));
        const auto refused = PackageImporter(*target).import({written.value().packagePath});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("import the package of 迎江区/新河路街道 first")), qPrintable(refused.error()));
    }

    void newerReplacesOlderIsRefused()
    {
        const QString first = exportTo(QStringLiteral("first"));
        auto target = district();
        PackageImporter importer(*target);
        QVERIFY(importer.import({first}));
        QSqlQuery count(target->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ledger_item")) && count.next());
        const qint64 items = count.value(0).toLongLong();
        count.finish();

        // The sub-district closes an item of the quarter and sends the quarter again.
        QSqlQuery change(m_source->connection());
        QVERIFY(change.exec(QStringLiteral("SELECT id FROM ledger_item WHERE recorded_on BETWEEN '2026-07-01' AND '2026-09-30' "
                                           "AND state IN ('in_progress', 'escalated') ORDER BY id LIMIT 1")));
        const bool hasOpen = change.next();
        QVERIFY(hasOpen); // the seed has items still in hand in the quarter
        const qint64 item = hasOpen ? change.value(0).toLongLong() : 0;
        change.finish();
        if (hasOpen) {
            // A step taken since: it comes with the newer package, once.
            PointsService points(*m_source);
            LedgerService ledger(*m_source, points);
            LedgerStep step;
            step.action = LedgerAction::Progress;
            step.on = QDate(2026, 11, 19);
            step.who = QStringLiteral("测试");
            step.note = QStringLiteral("已联系物业");
            const Outcome progressed = ledger.act(item, step, QDate(2026, 11, 20));
            QVERIFY2(progressed, qPrintable(progressed.error()));
            QVERIFY(change.exec(QStringLiteral("UPDATE ledger_item SET state = 'closed', closed_on = '2026-11-19', close_days = 3 WHERE id = %1").arg(item)));
        } else {
            QVERIFY(change.exec(QStringLiteral("UPDATE organisation SET secretary = '新书记' WHERE id = %1").arg(m_subdistrict)));
        }
        QThread::msleep(5); // a later created_at
        const QString second = exportTo(QStringLiteral("second"));
        const auto replaced = importer.import({second});
        QVERIFY2(replaced, qPrintable(replaced.error()));
        QCOMPARE(replaced.value().first().what, PackageImporter::Outcome::What::Replaced);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ledger_item")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), items); // updated, not added twice
        count.finish();
        // Every step once: the district holds exactly the sender's steps of the quarter's items.
        const QString quarterEvents = QStringLiteral("SELECT count(*) FROM ledger_event e JOIN ledger_item i ON i.id = e.item_id "
                                                     "WHERE i.recorded_on BETWEEN '2026-07-01' AND '2026-09-30'");
        QSqlQuery sent(m_source->connection());
        QVERIFY(sent.exec(quarterEvents) && sent.next());
        QVERIFY(count.exec(quarterEvents) && count.next());
        QCOMPARE(count.value(0).toLongLong(), sent.value(0).toLongLong());
        count.finish();
        const qint64 here = *OrgRepository(*target).findByPath(QStringLiteral("迎江区/新河路街道"));
        QCOMPARE(LedgerFigures::compute(*target, here, m_quarter.first(), m_quarter.last(), m_quarter.last()).closed,
                 LedgerFigures::compute(*m_source, m_subdistrict, m_quarter.first(), m_quarter.last(), m_quarter.last()).closed);

        // The first one now is older than what is merged: refused, nothing changes.
        const QString before = digest(*target);
        const auto older = importer.import({first});
        QVERIFY(!older);
        QVERIFY2(older.error().contains(QStringLiteral("older")), qPrintable(older.error()));
        QCOMPARE(digest(*target), before);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "test_exchange.moc"
