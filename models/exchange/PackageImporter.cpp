#include "PackageImporter.h"

#include "PackageFile.h"
#include "PackageMerge.h"
#include "core/CancelFlag.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/DeferredBookkeeping.h"
#include "store/SqlScript.h"
#include "store/SqlWrite.h"
#include "store/SqlDialect.h"
#include "store/WriteTransaction.h"
#include "trust/SenderRegistry.h"
#include "store/StoreHealth.h"

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
            return R::failure(cancel && cancel->isSet() ? cancelledText : opened.error());
        const auto checked = PackageCheck::check(*opened.value(), registry);
        if (cancel && cancel->isSet())
            return R::failure(cancelledText);
        if (!checked)
            return R::failure(checked.error());
        files.push_back(std::move(opened.value()));
        const PackageInfo &info = checked.value();
        // The sender lies in this district, and what it hangs under is here already.
        if (info.district != root->name || !info.source.startsWith(root->name + QLatin1Char('/')))
            return R::failure(Text::tr("%1: the package comes from %2, not from %3.")
                                  .arg(info.fileName, info.district.isEmpty() ? info.source : info.district, root->name));
        if (info.sourceKind == QLatin1String("district"))
            return R::failure(Text::tr("%1: a district's package goes to the city, not into another district.").arg(info.fileName));
        const QString parentPath = info.source.section(QLatin1Char('/'), 0, -2);
        if (!orgs.findByPath(parentPath))
            return R::failure(Text::tr("%1: %2 sends from under %3, which this database does not have; import the package of %3 first.")
                                  .arg(info.fileName, info.source, parentPath));
        for (const Outcome &earlier : std::as_const(outcomes)) {
            if (earlier.info.source == info.source && earlier.info.quarter.code() == info.quarter.code())
                return R::failure(Text::tr("%1 and %2 are both %3's package for %4; import one of them.")
                                      .arg(earlier.info.fileName, info.fileName, info.source, info.quarter.code()));
        }
        Outcome outcome;
        outcome.info = info;
        outcomes.append(outcome);
    }

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    // A server checks the references at the commit: rows go in by COPY in batches, a row that
    // refers to one still in a batch is right at the end (the file's engine checks each statement
    // in order).
    if (m_database.onServer()) {
        if (const ::Outcome deferred = SqlScript::execute(m_database.connection(), QStringLiteral("SET CONSTRAINTS ALL DEFERRED")); !deferred)
            return R::failure(deferred.error());
    }
    // The search index and the running counts are brought up to date once, at the end.
    DeferredBookkeeping bookkeeping(m_database.connection());
    if (const ::Outcome begun = bookkeeping.begin(); !begun)
        return R::failure(begun.error());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        Outcome &outcome = outcomes[i];
        PackageFile &file = *files.at(size_t(i));
        if (cancelled(outcome.info.fileName))
            return R::failure(cancelledText);
        ++done;
        // Asked again under the write lock: a key retired or a package merged meanwhile counts.
        if (const QString distrust = PackageCheck::trust(outcome.info, registry); !distrust.isEmpty())
            return R::failure(Text::tr("%1: %2").arg(outcome.info.fileName, distrust));
        const auto decided = decide(outcome);
        if (!decided)
            return R::failure(decided.error());
        // A new key the registered one signed over becomes the key of every sender the old one
        // served (one office, one key), with the package.
        if (outcome.info.keyRotated) {
            QStringList senders = registry.sendersOf(outcome.info.previousKey);
            if (!senders.contains(outcome.info.source))
                senders.append(outcome.info.source);
            if (const auto taken = SenderRegistry(m_database).add(outcome.info.signerKey, senders, QStringLiteral("rotation")); !taken)
                return R::failure(taken.error());
        }
        if (outcome.what == Outcome::What::Unchanged)
            continue;
        file.restartBudget(PackageFile::budgetFor(file.size()) * 3);
        const qint64 parent = *orgs.findByPath(outcome.info.source.section(QLatin1Char('/'), 0, -2));
        PackageMerge merge(m_database, outcome.info, file.db(), parent, !outcome.older);
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
    // The organisations came with ids of the merge's own: a server's sequences catch up, so that
    // the next row anyone adds without an id gets a free one.
    const QSqlDatabase db = m_database.connection();
    if (const ::Outcome caught = SqlDialect::of(db).catchUpIds(db); !caught)
        return R::failure(caught.error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    return outcomes;
}

Result<void> PackageImporter::decide(Outcome &outcome) const
{
    // What came of the sender's packages before: the same one again changes nothing; an older
    // one for the quarter is refused; one older than a later quarter already merged brings only
    // rows new to the district (it must not take back what the later one said).
    const PackageInfo &info = outcome.info;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT fingerprint, created_at FROM import_package WHERE source = :source AND quarter = :quarter"));
    query.bindValue(QStringLiteral(":source"), info.source);
    query.bindValue(QStringLiteral(":quarter"), info.quarter.code());
    if (!query.exec())
        return ::Outcome::failure(StoreHealth::describe(query.lastError()));
    if (query.next()) {
        if (query.value(0).toString() == info.fingerprint)
            outcome.what = Outcome::What::Unchanged;
        else if (query.value(1).toString() > info.createdAt)
            return ::Outcome::failure(Text::tr("%1: a newer package of %2 for %3 (written %4) is already merged; this older one is refused.")
                                          .arg(info.fileName, info.source, info.quarter.code(), query.value(1).toString()));
        else
            outcome.what = Outcome::What::Replaced;
    }
    query.finish();
    query.prepare(QStringLiteral("SELECT coalesce(max(created_at), '') FROM import_package WHERE source = :source"));
    query.bindValue(QStringLiteral(":source"), info.source);
    if (!query.exec() || !query.next())
        return ::Outcome::failure(StoreHealth::describe(query.lastError()));
    outcome.older = query.value(0).toString() > info.createdAt;
    return ::Outcome::success();
}
