// zongheng: the desktop application. Everything it does lives in ui/ and models/.

#include "common/Fonts.h"
#include "common/OfficeStyle.h"
#include "core/Language.h"
#include "main/AppController.h"
#include "store/Database.h"
#include "store/SqliteLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ZongHeng"));
    QApplication::setApplicationName(QStringLiteral("zongheng")); // the settings zongheng-cli reads too
    QApplication::setApplicationDisplayName(QStringLiteral("纵横 ZongHeng"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/zongheng-%1.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("zongheng"), icon));
    QApplication::setDesktopFileName(QStringLiteral("zongheng")); // the desktop entry the window belongs to
    QApplication::setStyle(new OfficeStyle); // the platform's style, the header's arrow as in Excel
    Language::apply(Language::saved());
    Fonts::useChineseFont();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file to open."), QStringLiteral("FILE"),
                                Database::defaultPath());
    parser.addOption(db);
    // For tests/bench: print the milliseconds from start to a shown main window, then quit.
    QCommandLineOption startupBenchmark(QStringLiteral("benchmark-startup"));
    startupBenchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(startupBenchmark);
    parser.process(app);

    if (const Outcome library = SqliteLibrary::verify(); !library) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ZongHeng cannot start"), library.error());
        return 1;
    }

    AppController controller;
    controller.setAsksForName(!parser.isSet(startupBenchmark));
    if (!controller.start(parser.value(db)))
        return 1;
    if (parser.isSet(startupBenchmark)) {
        QTimer::singleShot(0, &app, [&] {
            QTextStream(stdout) << sinceStart.elapsed() << Qt::endl;
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
