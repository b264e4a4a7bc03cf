#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

namespace Language {

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString current()
{
    return installed().code;
}

void apply(const QString &code)
{
    Installed &state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();

    QString chosen = code;
    if (chosen.isEmpty()) {
        const QStringList ui = QLocale::system().uiLanguages();
        chosen = (!ui.isEmpty() && ui.first().startsWith(QLatin1String("zh"))) ? QStringLiteral("zh_CN")
                                                                                 : QStringLiteral("en");
    }
    state.code = chosen;
    // Numbers read as the language writes them ("1,000,002"), whatever the environment's locale.
    QLocale::setDefault(chosen == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English needs its plural forms only (zongheng_en.ts, lupdate -pluralonly).
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/zongheng_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    }
    if (chosen != QLatin1String("zh_CN"))
        return;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
}

} // namespace Language
