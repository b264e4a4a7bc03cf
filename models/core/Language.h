#pragma once

#include <QString>
#include <QStringList>

/// The language of everything the program writes — the window, reports, workbooks, the readable
/// parts of a package, the command line's messages: ours and Qt's own translations, installed on
/// the application and replaceable while it runs (widgets retranslate on QEvent::LanguageChange).
/// One setting (工具 › 设置) serves both programs, so that a report a scheduled job writes under
/// LANG=C is in the language the clerk chose, not the environment's.
namespace Language {

/// "" follows the system (systemChoice()); otherwise a code of available().
void apply(const QString &code);

/// The language saved in the settings, shared by zongheng and zongheng-cli (both run as the
/// application "zongheng" of "ZongHeng"): "" follows the system.
QString saved();
/// Saves the choice ("" follows the system); apply() puts it in effect.
void save(const QString &code);

/// What following the system means: the system's language when it is one we have (Chinese in any
/// form, English), else Chinese — the office's language; so also under LANG=C, where a job, a
/// service or a fresh account runs.
QString systemChoice();

/// The codes one can choose: "zh_CN", "en".
QStringList available();

/// The code in effect after the last apply ("zh_CN" or "en").
QString current();

} // namespace Language
