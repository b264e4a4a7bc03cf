// zongheng-cli: the headless program. Everything it does lives in models/cli.

#include "cli/Cli.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <memory>

namespace {

/// Whether the command draws (a report, the feedback cards: fonts and a paint device): then the
/// program runs as a GUI application on the offscreen platform, which needs no display.
bool draws(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0
            || (i > 1 && std::strcmp(argv[i - 1], "members") == 0 && std::strcmp(argv[i], "cards") == 0)
            || (i > 1 && std::strcmp(argv[i - 1], "review") == 0 && std::strcmp(argv[i], "sheet") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (draws(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder; a scheduled job may run without a session.
            const QByteArray runtime = QDir::temp().filePath(QStringLiteral("zongheng-runtime-%1").arg(getuid())).toLocal8Bit();
            QDir().mkpath(QString::fromLocal8Bit(runtime));
            QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ZongHeng"));
    QCoreApplication::setApplicationName(QStringLiteral("zongheng")); // the clerk's settings, as the window's
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    Language::apply(Language::saved()); // --lang, taken by Cli::run, overrides it

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::run(QCoreApplication::arguments(), out, err);
}
