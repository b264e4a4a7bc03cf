#include "ChangeNotices.h"

#include "Database.h"
#include "PgHandle.h"
#include "ServerAddress.h"
#include "SqlRead.h"
#include "StoreHealth.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace {

/// A commit's notices arrive one per table within a few milliseconds: gathered this long.
constexpr int gatherMilliseconds = 150;
/// Busy clerks commit many times a second: the pages are read again at most this often, so that
/// the window keeps up on a large database, and still within a second of a commit.
constexpr int quietMilliseconds = 800;
constexpr int checkMilliseconds = 3000;
/// How long a worker waits for the server to answer.
constexpr int probeSeconds = 5;

} // namespace

ChangeNotices::ChangeNotices(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMilliseconds);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_tables, {});
        if (tables.isEmpty())
            return;
        m_sinceChanged.start();
        Q_EMIT changed(tables);
    });
    if (!m_database.onServer())
        return;
    connect(&m_probe, &QFutureWatcher<bool>::finished, this, &ChangeNotices::answered);
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
    if (m_gather.isActive())
        return;
    const qint64 since = m_sinceChanged.isValid() ? m_sinceChanged.elapsed() : quietMilliseconds;
    m_gather.start(int(qMax<qint64>(gatherMilliseconds, quietMilliseconds - since)));
}

void ChangeNotices::check()
{
    if (m_probe.isRunning())
        return;
    // Lost for libpq already (the server ended the session, a read failed): said at once.
    const QSqlDatabase db = m_database.connection();
    if (!db.isOpen() || PgHandle::isBroken(db))
        setReachable(false, lostBecause(db));
    // Whether the server answers is asked on a worker: with the network down the answer takes
    // the connection's whole timeout, which the window does not wait for.
    const auto server = ServerAddress::parse(m_database.connectionAddress());
    if (!server)
        return;
    m_probe.setFuture(QtConcurrent::run([address = *server] { return PgHandle::answers(address, probeSeconds); }));
}

void ChangeNotices::answered()
{
    QSqlDatabase db = m_database.connection();
    if (!m_probe.result()) {
        setReachable(false, tr("The server %1 does not answer.").arg(m_database.path()));
        return;
    }
    if (db.isOpen() && !PgHandle::isBroken(db)) {
        setReachable(true, QString()); // the network came back before the connection noticed
        return;
    }
    // The server answers and this connection is gone: a new one is made at once.
    setReachable(false, lostBecause(db));
    if (const Outcome again = m_database.reconnect(); !again) {
        setReachable(false, again.error());
        return;
    }
    m_listening = subscribe();
    setReachable(true, QString());
}

QString ChangeNotices::lostBecause(const QSqlDatabase &db) const
{
    // A connection libpq found closed often keeps no error of its own.
    if (!db.lastError().isValid())
        return tr("The server %1 does not answer.").arg(m_database.path());
    return StoreHealth::describe(db.lastError());
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
