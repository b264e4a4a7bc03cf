#include "PackageImporter.h"

#include "PackageMerge.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PackageImporter)
};

} // namespace

PackageImporter::PackageImporter(Database &database)
    : m_database(database)
{
}

Result<QList<PackageImporter::Outcome>> PackageImporter::import(const QStringList &paths, const Progress &progress)
{
    using R = Result<QList<Outcome>>;
    if (paths.isEmpty())
        return R::failure(Text::tr("Name the packages to import."));
    const OrgRepository orgs(m_database);
    if (orgs.isEmpty())
        return R::failure(Text::tr("The database has no district yet; create it first (init --district NAME)."));
    const auto root = orgs.node(orgs.rootId());
    if (!root || root->kind != OrgKind::District)
        return R::failure(Text::tr("Packages are merged into a district database."));

    // Every package is checked before anything changes.
    QList<Outcome> outcomes;
    const int total = int(paths.size()) * 2;
    int done = 0;
    const auto cancelled = [&](const QString &file) { return progress && !progress(done, total, file); };
    for (const QString &path : paths) {
        if (cancelled(QFileInfo(path).fileName()))
            return R::failure(Text::tr("Cancelled; nothing was imported."));
        ++done;
        const auto checked = PackageCheck::check(path);
        if (!checked)
            return R::failure(checked.error());
        const PackageInfo &info = checked.value();
        if (!info.district.isEmpty() && info.district != root->name)
            return R::failure(Text::tr("%1: the package comes from %2, not from %3.").arg(info.fileName, info.district, root->name));
        if (info.sourceKind == QLatin1String("district"))
            return R::failure(Text::tr("%1: a district's package goes to the city, not into another district.").arg(info.fileName));
        for (const Outcome &earlier : std::as_const(outcomes)) {
            if (earlier.info.source == info.source && earlier.info.quarter.code() == info.quarter.code())
                return R::failure(Text::tr("%1 and %2 are both %3's package for %4; import one of them.")
                                      .arg(earlier.info.fileName, info.fileName, info.source, info.quarter.code()));
        }
        Outcome outcome;
        outcome.info = info;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT fingerprint, created_at FROM import_package WHERE source = :source AND quarter = :quarter"));
        query.bindValue(QStringLiteral(":source"), info.source);
        query.bindValue(QStringLiteral(":quarter"), info.quarter.code());
        if (query.exec() && query.next()) {
            if (query.value(0).toString() == info.fingerprint)
                outcome.what = Outcome::What::Unchanged;
            else if (query.value(1).toString() > info.createdAt)
                return R::failure(Text::tr("%1: a newer package of %2 for %3 (written %4) is already merged; this older one is refused.")
                                      .arg(info.fileName, info.source, info.quarter.code(), query.value(1).toString()));
            else
                outcome.what = Outcome::What::Replaced;
        }
        outcomes.append(outcome);
    }

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    for (const Outcome &outcome : std::as_const(outcomes)) {
        if (cancelled(outcome.info.fileName))
            return R::failure(Text::tr("Cancelled; nothing was imported."));
        ++done;
        if (outcome.what == Outcome::What::Unchanged)
            continue;
        PackageMerge merge(m_database, outcome.info);
        if (const ::Outcome merged = merge.run(); !merged)
            return R::failure(Text::tr("%1 could not be merged; nothing was changed: %2").arg(outcome.info.fileName, merged.error()));
        const ::Outcome recorded = SqlWrite::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO import_package (source, quarter, created_at, fingerprint, file_name, row_count, personal, imported_at) "
                           "VALUES (:source, :quarter, :created, :fingerprint, :file, :rows, :personal, :now) "
                           "ON CONFLICT (source, quarter) DO UPDATE SET created_at = excluded.created_at, "
                           "fingerprint = excluded.fingerprint, file_name = excluded.file_name, row_count = excluded.row_count, "
                           "personal = excluded.personal, imported_at = excluded.imported_at"),
            {{QStringLiteral(":source"), outcome.info.source},
             {QStringLiteral(":quarter"), outcome.info.quarter.code()},
             {QStringLiteral(":created"), outcome.info.createdAt},
             {QStringLiteral(":fingerprint"), outcome.info.fingerprint},
             {QStringLiteral(":file"), outcome.info.fileName},
             {QStringLiteral(":rows"), outcome.info.rows},
             {QStringLiteral(":personal"), outcome.info.personal ? 1 : 0},
             {QStringLiteral(":now"), SqlWrite::now()}});
        if (!recorded)
            return R::failure(recorded.error());
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    return outcomes;
}
