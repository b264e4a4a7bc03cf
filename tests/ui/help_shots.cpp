// help_shots: the manual's screenshots (resources/help/images/), taken from the program itself
// on the demo data, in Chinese, at the office's 1366×768. Not a test; run it when a page or
// dialog the manual shows has changed:
//   build/tests/help_shots resources/help/images

#include "Catalogue.h"
#include "TestSupport.h"

#include "common/Fonts.h"
#include "common/OfficeStyle.h"
#include "core/Language.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerPage.h"
#include "main/MainWindow.h"
#include "members/MemberImportDialog.h"
#include "members/MembersPage.h"
#include "org/OrgRepository.h"
#include "org/OrgTreeDock.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTableView>
#include <QTest>
#include <QTextStream>

namespace {

/// The import dialog as the manual shows it: a GBK list of three members checked, one row wrong.
void showAChecked(MemberImportDialog &dialog, Workspace &workspace)
{
    const OrgRepository orgs(workspace.database());
    QString grid;
    for (const OrgPathEntry &entry : orgs.listAll()) {
        if (entry.kind == OrgKind::Grid && entry.active) {
            grid = entry.path;
            break;
        }
    }
    const QString path = QDir::temp().filePath(QStringLiteral("党员名册.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QStringEncoder("GBK")(QStringLiteral("姓名,性别,出生日期,入党日期,手机号码,所在组织,党员类别\r\n"
                                                   "孙玉萍,女,1968/4/12,1995年7月1日,13905561234,%1,在册\r\n"
                                                   "王建国,男,1950-02-30,1976-05-04,,%1,在册\r\n"
                                                   "李静,女,1990-01-01,2015-06-01,13905560000,%1,在册\r\n")
                                        .arg(grid)));
    file.close();
    dialog.checkFile(path);
    QFile::remove(path);
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    QTest::qWait(600); // the charts are drawn a moment after the page shows
    const QString path = out.filePath(name + QStringLiteral(".png"));
    const bool saved = widget->grab().save(path);
    QTextStream(saved ? stdout : stderr) << (saved ? "wrote " : "could not write ") << path << Qt::endl;
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    // A screen of the office's 1366×768 (the plain offscreen screen is 800×600).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" OFFSCREEN_SCREEN);
    QApplication app(argc, argv);
    // --all: every page and every dialog of the catalogue too, to look at them all.
    const bool all = argc == 3 && qstrcmp(argv[2], "--all") == 0;
    if (argc != 2 && !all) {
        QTextStream(stderr) << "usage: help_shots OUTPUT_FOLDER [--all]" << Qt::endl;
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.exists()) {
        QTextStream(stderr) << "help_shots: no folder " << argv[1] << Qt::endl;
        return 2;
    }
    QApplication::setStyle(new OfficeStyle);
    Language::apply(QStringLiteral("zh_CN"));
    Fonts::useChineseFont();
    QTemporaryDir dir;
    auto workspace = TestSupport::createWorkspace(dir.filePath(QStringLiteral("demo.db")));
    DemoGenerator::Options options;
    options.profile = QStringLiteral("yingjiang");
    options.asOf = QDate(2026, 11, 20);
    if (!DemoGenerator::run(workspace->database(), options)) {
        QTextStream(stderr) << "help_shots: the demo data could not be made" << Qt::endl;
        return 1;
    }
    workspace->organisations().announceReset();

    bool ok = true;
    MainWindow window(*workspace);
    window.resize(1366, 768);
    window.show();
    const qint64 community = Catalogue::firstId(*workspace, "SELECT id FROM organisation WHERE kind = 'community' ORDER BY id LIMIT 1");
    window.showOverview();
    ok &= save(&window, out, QStringLiteral("overview"));
    window.treeDock()->reveal(community);
    window.showOrganisationPage();
    ok &= save(&window, out, QStringLiteral("organisations"));
    window.showMembersPage();
    QApplication::processEvents();
    window.membersPage()->table()->selectRow(0);
    ok &= save(&window, out, QStringLiteral("members"));
    window.showLedgerPage();
    QApplication::processEvents();
    window.ledgerPage()->table()->selectRow(0);
    ok &= save(&window, out, QStringLiteral("ledger"));
    window.showCobuildPage();
    ok &= save(&window, out, QStringLiteral("cobuilding"));
    window.hide();

    const QHash<QString, QString> dialogs = {{QStringLiteral("LedgerStepDialog(dispatch)"), QStringLiteral("ledger-step")},
                                             {QStringLiteral("MonthlyReportDialog"), QStringLiteral("report")},
                                             {QStringLiteral("SigningKeysDialog"), QStringLiteral("keys")},
                                             {QStringLiteral("MemberImportDialog"), QStringLiteral("import")}};
    int found = 0;
    for (const Catalogue::Entry &entry : Catalogue::dialogs(*workspace)) {
        if (!dialogs.contains(entry.name) && !all)
            continue;
        found += dialogs.contains(entry.name) ? 1 : 0;
        const auto dialog = entry.make();
        dialog->show();
        if (auto *import = qobject_cast<MemberImportDialog *>(dialog.get()))
            showAChecked(*import, *workspace);
        ok &= save(dialog.get(), out, dialogs.value(entry.name, QStringLiteral("all-") + entry.name));
    }
    if (found != dialogs.size()) {
        QTextStream(stderr) << "help_shots: " << dialogs.size() - found << " dialog(s) no longer in the catalogue" << Qt::endl;
        ok = false;
    }
    return ok ? 0 : 1;
}
