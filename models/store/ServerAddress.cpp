#include "ServerAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

bool ServerAddress::isServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text)
{
    static const QRegularExpression uri(QStringLiteral(
        "^postgres(?:ql)?://(?:([^:@/?]*)(?::([^@/?]*))?@)?([^:/?]*)(?::([0-9]{1,5}))?/([^/?]+)(?:\\?(.*))?$"));
    const auto match = uri.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto decoded = [](const QString &part) { return QUrl::fromPercentEncoding(part.toUtf8()); };
    ServerAddress address;
    address.user = decoded(match.captured(1));
    address.password = decoded(match.captured(2));
    address.host = decoded(match.captured(3));
    if (!match.captured(4).isEmpty()) {
        address.port = match.captured(4).toInt();
        if (address.port < 1 || address.port > 65535)
            return std::nullopt;
    }
    address.database = decoded(match.captured(5));
    const QUrlQuery query(match.captured(6));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port") && value.toInt() > 0 && value.toInt() <= 65535)
            address.port = value.toInt();
        else if (key == QLatin1String("user"))
            address.user = value;
        else
            return std::nullopt; // an option this program would not pass on
    }
    return address;
}

QString ServerAddress::text() const
{
    const QString plain = shown();
    if (password.isEmpty())
        return plain;
    // postgresql://USER:PASSWORD@…, after the scheme and the user's name that shown() writes.
    const QString scheme = QStringLiteral("postgresql://");
    const QString userPart = QString::fromUtf8(QUrl::toPercentEncoding(user));
    const QString secret = QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(password));
    if (user.isEmpty())
        return scheme + secret + QLatin1Char('@') + plain.mid(scheme.size());
    return scheme + userPart + secret + plain.mid(scheme.size() + userPart.size());
}

QString ServerAddress::shown() const
{
    const QString who = user.isEmpty() ? QString() : QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    return QStringLiteral("postgresql://%1%2:%3/%4%5")
        .arg(who, socket ? QString() : host)
        .arg(port)
        .arg(database, socket ? QStringLiteral("?host=") + host : QString());
}
