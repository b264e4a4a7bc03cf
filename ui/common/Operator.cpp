#include "Operator.h"

#include <QDir>
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
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    // Never an empty signature: the home folder's name is the account's.
    return user.isEmpty() ? QDir::home().dirName() : user;
}

void setName(const QString &name)
{
    QSettings().setValue(QStringLiteral("ui/operator"), name.trimmed());
}

} // namespace Operator
