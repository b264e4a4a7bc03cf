#include "ChangeNotices.h"

#include "Database.h"
#include "PgHandle.h"
#include "SqlRead.h"
#include "StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

/// A commit's notices arrive one per table within a few milliseconds: gathered this long.
constexpr int gatherMilliseconds = 150;
constexpr int checkMilliseconds = 3000;

} // namespace

ChangeNotices::ChangeNotices(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMilliseconds);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_tables, {});
        if (!tables.isEmpty())
            Q_EMIT changed(tables);
    });
    if (!m_database.onServer())
        return;
    m_listening = subscribe();
    m_check.setInterval(checkMilliseconds);
    connect(&m_check, &QTimer::timeout, this, &ChangeNotices::check);
    m_check.start();
}

ChangeNotices::~ChangeNotices()
{
    const QSqlDatabase db = m_database.connection();
    if (m_listening && db.isOpen())
        db.driver()->unsubscribeFromNotification(QLatin1String(channel));
}

void ChangeNotices::setCheckInterval(int milliseconds)
{
    m_check.setInterval(milliseconds);
}

bool ChangeNotices::subscribe()
{
    const QSqlDatabase db = m_database.connection();
    QSqlDriver *driver = db.driver();
    if (!db.isOpen() || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    // Subscribed once per connection: a connection opened again has forgotten it.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &ChangeNotices::heard);
    if (driver->subscribedToNotifications().contains(QLatin1String(channel)))
        return true;
    return driver->subscribeToNotification(QLatin1String(channel));
}

void ChangeNotices::heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own changes are told by the services that made them.
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    m_tables.insert(payload.toString());
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeNotices::check()
{
    QSqlDatabase db = m_database.connection();
    bool lost = !db.isOpen() || PgHandle::isBroken(db);
    QString why;
    if (!lost) {
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1"))) {
            lost = true;
            why = StoreHealth::describe(ping.lastError());
        }
    }
    if (!lost) {
        if (m_reachable)
            return;
        setReachable(true, QString()); // came back by itself (another part reconnected)
        return;
    }
    if (why.isEmpty())
        why = StoreHealth::describe(db.lastError());
    setReachable(false, why);
    if (const Outcome again = m_database.reconnect(); !again) {
        setReachable(false, again.error());
        return;
    }
    m_listening = subscribe();
    setReachable(true, QString());
}

void ChangeNotices::setReachable(bool reachable, const QString &message)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable, message);
    // Whatever other clerks committed while the line was down was not heard: read it all again.
    if (reachable)
        Q_EMIT changed({});
}
