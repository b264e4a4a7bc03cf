#include "Operator.h"

#include <QSettings>

namespace Operator {

QString name()
{
    const QString saved = QSettings().value(QStringLiteral("ui/operator")).toString().trimmed();
    if (!saved.isEmpty())
        return saved;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void setName(const QString &name)
{
    QSettings().setValue(QStringLiteral("ui/operator"), name.trimmed());
}

} // namespace Operator
