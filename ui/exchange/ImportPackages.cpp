#include "ImportPackages.h"

#include "app/Workspace.h"
#include "cobuild/UnitService.h"
#include "common/JobProgress.h"
#include "exchange/PackageImporter.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "org/OrgService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportPackages)
};

} // namespace

namespace ImportPackages {

bool run(QWidget *parent, Workspace &workspace, const QStringList &files)
{
    QList<PackageImporter::Outcome> outcomes;
    const Outcome done = JobProgress::run(
        parent, workspace.database(), Text::tr("Import packages"), Text::tr("Checking and merging the packages…"),
        [&files, &outcomes](Database &database, Job &job) -> Outcome {
            PackageImporter importer(database);
            const auto imported = importer.import(
                files,
                [&job](int step, int total, const QString &file) {
                    job.report(step, total, file);
                    return !job.isCancelled();
                },
                &job.cancelFlag());
            if (!imported)
                return Outcome::failure(imported.error());
            outcomes = imported.value();
            return Outcome::success();
        });
    // Whatever came of it, the views read again what the file now holds.
    workspace.announceChanges();
    if (!done) {
        QMessageBox::warning(parent, Text::tr("Packages refused"), Text::tr("Nothing was imported.\n\n%1").arg(done.error()));
        return false;
    }
    QStringList lines;
    for (const PackageImporter::Outcome &outcome : std::as_const(outcomes)) {
        const QString what = outcome.what == PackageImporter::Outcome::What::Unchanged ? Text::tr("already imported; nothing changed")
                             : outcome.what == PackageImporter::Outcome::What::Replaced ? Text::tr("replaced the earlier package")
                                                                                          : Text::tr("imported");
        QString line = Text::tr("%1 (%2, %3): %4").arg(outcome.info.source, outcome.info.quarter.code(), outcome.info.fileName, what);
        if (outcome.info.keyRotated)
            line += Text::tr("; its new signing key %1 is registered in place of the one that signed over it").arg(outcome.info.signer);
        lines.append(line);
    }
    QMessageBox::information(parent, Text::tr("Packages imported"), lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace ImportPackages
