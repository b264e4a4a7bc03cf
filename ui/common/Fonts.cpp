#include "Fonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace Fonts {

QString useChineseFont()
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    if (installed.isEmpty())
        return {};
    // Screen fonts first (Windows, then Linux); any other that covers Chinese after them.
    static const QStringList preferred = {
        QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("SimSun"),
    };
    QString family;
    for (const QString &candidate : preferred) {
        if (installed.contains(candidate)) {
            family = candidate;
            break;
        }
    }
    if (family.isEmpty())
        family = installed.first();
    QFont font = QApplication::font();
    font.setFamilies({family});
    QApplication::setFont(font);
    return family;
}

} // namespace Fonts
