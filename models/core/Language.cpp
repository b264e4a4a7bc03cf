#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString code = QStringLiteral("en");
};

const QString languageKey = QStringLiteral("ui/language");

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

QString saved()
{
    const QString code = QSettings().value(languageKey).toString();
    return available().contains(code) ? code : QString();
}

void save(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

QString systemChoice()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("zh_CN"); // Chinese in any of its forms, and every language we lack
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

    const QString chosen = available().contains(code) ? code : systemChoice();
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
