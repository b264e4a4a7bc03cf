#include "DemoGenerator.h"

#include "DemoActivities.h"
#include "DemoArea.h"
#include "DemoCobuildBuilder.h"
#include "DemoGuarantee.h"
#include "DemoInService.h"
#include "DemoReview.h"
#include "DemoLedgerBuilder.h"
#include "DemoListBuilder.h"
#include "DemoMeetingBuilder.h"
#include "DemoMemberBuilder.h"
#include "DemoOrgBuilder.h"
#include "DemoRandom.h"
#include "core/IsoDate.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/BulkInsert.h"
#include "store/SqlDialect.h"
#include "store/SqlScript.h"
#include "store/WriteTransaction.h"

#include <QScopeGuard>

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

} // namespace

Outcome DemoGenerator::run(Database &database, const Options &options, const Progress &progress)
{
    const auto profile = DemoProfile::byId(options.profile);
    if (!profile)
        return Outcome::failure(tr("Unknown demo profile \"%1\"; use one of: %2.")
                                    .arg(options.profile, DemoProfile::ids().join(QStringLiteral(", "))));
    // Members are born up to 90 years before it and the ledger runs three years back: within
    // these years every generated date stays inside the ones the program keeps.
    if (!options.asOf.isValid() || options.asOf.year() < 2000 || options.asOf.year() > IsoDate::maxYear)
        return Outcome::failure(tr("The as-of date of demo data lies between 2000 and %1.").arg(IsoDate::maxYear));
    if (!OrgRepository(database).isEmpty())
        return Outcome::failure(tr("The database already holds data; demo data goes into an empty database only."));

    // A whole profile is one transaction: give it room to stay in memory instead of spilling
    // pages to the log while indexes grow (256 MiB, back to normal afterwards). The generator's
    // rows are made right by construction; checking each reference and CHECK row by row would
    // double the time of a city. The tests run the full integrity and reference check on what it
    // makes (test_demo), so these checks are off for the one transaction only. (A server keeps
    // its checks; its rows go in by COPY.)
    const bool file = SqlDialect::of(database.connection()).engine() == SqlDialect::Engine::Sqlite;
    const auto setting = [&](const QString &pragma) {
        if (file)
            (void)SqlScript::execute(database.connection(), pragma);
    };
    setting(QStringLiteral("PRAGMA cache_size = -262144"));
    setting(QStringLiteral("PRAGMA cache_spill = OFF"));
    setting(QStringLiteral("PRAGMA foreign_keys = OFF"));
    setting(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    const auto restoreSettings = qScopeGuard([&] {
        setting(QStringLiteral("PRAGMA cache_size = %1").arg(Schema::cacheSizeKib));
        setting(QStringLiteral("PRAGMA cache_spill = ON"));
        setting(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        setting(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    WriteTransaction transaction(database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());

    DemoRandom random(options.seed);
    bool cancelled = false;
    // Progress: organisations, members, then the ledger, the largest part.
    const auto stageProgress = [&](const QString &stage, double from, double to) {
        return [&, stage, from, to](double fraction) {
            if (progress && !progress(from + (to - from) * fraction, stage))
                cancelled = true;
            return !cancelled;
        };
    };
    DemoOrgBuilder organisations(database.connection(), random, options.asOf);
    Outcome built = organisations.build(*profile, stageProgress(tr("Organisations"), 0.0, membersFrom));
    if (built && !cancelled) {
        DemoMemberBuilder members(database.connection(), random, options.asOf);
        built = members.build(*profile, organisations.tree(), stageProgress(tr("Members"), membersFrom, membersTo));
    }
    if (built && !cancelled) {
        // Co-building at the seeds' scale for Yingjiang's 31 communities, in proportion elsewhere.
        auto read = DemoArea::read(database.connection());
        if (!read)
            return Outcome::failure(tr("The demo data could not be written: %1").arg(read.error()));
        DemoArea &area = read.value();
        const double scale = profile->communityCount / 31.0;
        DemoCobuildBuilder cobuild(database.connection(), random, options.asOf, area);
        built = cobuild.build(scale, stageProgress(tr("Co-building"), membersTo, (membersTo + ledgerFrom) / 2));
        if (built && !cancelled)
            built = DemoListBuilder(database.connection(), random, options.asOf, area).build(scale);
        if (built && !cancelled)
            built = DemoMeetingBuilder(database.connection(), random, options.asOf, area).build();
        if (built && progress && !progress(ledgerFrom, tr("Co-building")))
            cancelled = true;
    }
    if (built && !cancelled) {
        DemoLedgerBuilder ledger(database.connection(), random, options.asOf, options.seed);
        built = ledger.build(*profile, organisations.tree(), stageProgress(tr("People's ledger"), ledgerFrom, 1.0));
    }
    if (built && !cancelled)
        built = DemoGuarantee(database.connection(), options.seed, options.asOf).write(profile->communityCount / 31.0);
    if (built && !cancelled)
        built = DemoActivities(database.connection(), options.seed, options.asOf).write();
    if (built && !cancelled)
        built = DemoInService(database.connection(), options.seed, options.asOf).write();
    if (built && !cancelled)
        built = DemoReview(database.connection(), options.seed, options.asOf).write();
    if (cancelled)
        return Outcome::failure(tr("Cancelled; the database was left as it was."));
    if (!built)
        return Outcome::failure(tr("The demo data could not be written: %1").arg(built.error()));

    if (const Outcome sent = BulkInsert::flush(database.connection()); !sent)
        return Outcome::failure(tr("The demo data could not be written: %1").arg(sent.error()));
    if (const Outcome caught = SqlDialect::of(database.connection()).catchUpIds(database.connection()); !caught)
        return Outcome::failure(tr("The demo data could not be written: %1").arg(caught.error()));
    const QString scope = profile->subdistrictCount == 1 ? QStringLiteral("subdistrict") : QStringLiteral("district");
    if (const Outcome set = database.setMeta(QStringLiteral("scope"), scope); !set)
        return set;
    if (const Outcome set = database.setMeta(QStringLiteral("demo_profile"), profile->id); !set)
        return set;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    if (progress)
        progress(1.0, tr("Done"));
    return Outcome::success();
}
