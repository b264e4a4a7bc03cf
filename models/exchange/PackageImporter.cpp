#include "PackageImporter.h"

#include "PackageFile.h"
#include "PackageMerge.h"
#include "core/CancelFlag.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/DeferredBookkeeping.h"
#include "store/SqlWrite.h"
#include "store/WriteTransaction.h"
#include "trust/SenderRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <vector>

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

Result<QList<PackageImporter::Outcome>> PackageImporter::import(const QStringList &paths, const Progress &progress,
                                                                 const CancelFlag *cancel)
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

    // Every package is copied and checked before anything changes; the copies are merged.
    const SenderRegistry registry(m_database);
    QList<Outcome> outcomes;
    std::vector<std::unique_ptr<PackageFile>> files;
    const int total = int(paths.size()) * 2;
    int done = 0;
    const auto cancelled = [&](const QString &file) { return (cancel && cancel->isSet()) || (progress && !progress(done, total, file)); };
    const QString cancelledText = Text::tr("Cancelled; nothing was imported.");
    for (const QString &path : paths) {
        if (cancelled(QFileInfo(path).fileName()))
            return R::failure(cancelledText);
        ++done;
        auto opened = PackageFile::open(path, cancel);
        if (!opened)
            return R::failure(opened.error());
        const auto checked = PackageCheck::check(*opened.value(), registry);
        if (cancel && cancel->isSet())
            return R::failure(cancelledText);
        if (!checked)
            return R::failure(checked.error());
        files.push_back(std::move(opened.value()));
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
        if (!query.exec())
            return R::failure(query.lastError().text());
        if (query.next()) {
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
    // The search index and the running counts are brought up to date once, at the end.
    DeferredBookkeeping bookkeeping(m_database.connection());
    if (const ::Outcome begun = bookkeeping.begin(); !begun)
        return R::failure(begun.error());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Outcome &outcome = outcomes.at(i);
        PackageFile &file = *files.at(size_t(i));
        if (cancelled(outcome.info.fileName))
            return R::failure(cancelledText);
        ++done;
        // A new key the registered one endorsed becomes the sender's key, with the package.
        if (outcome.info.keyRotated) {
            if (const auto taken = SenderRegistry(m_database).add(outcome.info.signerKey, {outcome.info.source}, QStringLiteral("rotation"));
                !taken)
                return R::failure(taken.error());
        }
        if (outcome.what == Outcome::What::Unchanged)
            continue;
        file.restartBudget(PackageFile::budgetFor(file.size()) * 3);
        PackageMerge merge(m_database, outcome.info, file.db());
        if (const ::Outcome merged = merge.run(); !merged) {
            if (cancel && cancel->isSet())
                return R::failure(cancelledText);
            const QString stopped = file.interruption();
            return R::failure(Text::tr("%1 could not be merged; nothing was changed: %2")
                                  .arg(outcome.info.fileName, stopped.isEmpty() ? merged.error() : stopped));
        }
        const ::Outcome recorded = SqlWrite::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO import_package (source, quarter, created_at, fingerprint, file_name, row_count, personal, imported_at, signer) "
                           "VALUES (:source, :quarter, :created, :fingerprint, :file, :rows, :personal, :now, :signer) "
                           "ON CONFLICT (source, quarter) DO UPDATE SET created_at = excluded.created_at, "
                           "fingerprint = excluded.fingerprint, file_name = excluded.file_name, row_count = excluded.row_count, "
                           "personal = excluded.personal, imported_at = excluded.imported_at, signer = excluded.signer"),
            {{QStringLiteral(":source"), outcome.info.source},
             {QStringLiteral(":quarter"), outcome.info.quarter.code()},
             {QStringLiteral(":created"), outcome.info.createdAt},
             {QStringLiteral(":fingerprint"), outcome.info.fingerprint},
             {QStringLiteral(":file"), outcome.info.fileName},
             {QStringLiteral(":rows"), outcome.info.rows},
             {QStringLiteral(":personal"), outcome.info.personal ? 1 : 0},
             {QStringLiteral(":now"), SqlWrite::now()},
             {QStringLiteral(":signer"), outcome.info.signer}});
        if (!recorded)
            return R::failure(recorded.error());
    }
    if (const ::Outcome kept = bookkeeping.finish(); !kept)
        return R::failure(kept.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return outcomes;
}
