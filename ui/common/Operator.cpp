#include "Operator.h"

#include "store/Database.h"

#include <QSettings>

namespace Operator {

namespace {
QString saved()
{
    return QSettings().value(QStringLiteral("ui/operator")).toString().trimmed();
}
} // namespace

bool isGiven()
{
    return !saved().isEmpty();
}

QString name()
{
    const QString given = saved();
    if (!given.isEmpty())
        return given;
    return Database::systemUser(); // never an empty signature
}

void setName(const QString &name)
{
    QSettings().setValue(QStringLiteral("ui/operator"), name.trimmed());
}

} // namespace Operator
