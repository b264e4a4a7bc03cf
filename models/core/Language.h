#pragma once

#include <QString>
#include <QStringList>

/// The language of the user interface: ours and Qt's own translations, installed on the
/// application and replaceable while it runs (widgets retranslate on QEvent::LanguageChange).
namespace Language {

/// "" follows the system locale; otherwise a code of available().
void apply(const QString &code);

/// The codes one can choose: "zh_CN", "en".
QStringList available();

/// The code in effect after the last apply ("zh_CN" or "en").
QString current();

} // namespace Language
