#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

class Database;

/// What other clerks commit to a server database, as it happens, so that the pages they have open
/// here are read again within a second: the server schema's triggers send `NOTIFY zongheng, 'table'`
/// for every statement that changes a table's rows, PostgreSQL delivers them at the commit, and
/// this listens (`LISTEN` through QSqlDriver::subscribeToNotification) on the window's connection.
/// The tables named within a short while are told at once, as one change, and at most about once
/// a second while other clerks keep committing.
///
/// It also watches the connection: lost (the server stopped, the network dropped), it says the
/// server is unreachable and tries again every few seconds; back, it listens again and tells
/// that everything changed — what was committed meanwhile is not known.
///
/// On a file nothing is heard: one program writes it (the writer lock), and its own services say
/// what they change.
class ChangeNotices : public QObject
{
    Q_OBJECT

public:
    static constexpr auto channel = "zongheng";

    explicit ChangeNotices(Database &database, QObject *parent = nullptr);
    ~ChangeNotices() override;

    /// Whether notices are listened for (a server database that could subscribe).
    bool isListening() const { return m_listening; }
    bool isReachable() const { return m_reachable; }

    /// How often the connection is looked at (and, while lost, tried again).
    void setCheckInterval(int milliseconds);
    /// Looks at the connection now, and asks on a worker whether the server answers: a lost
    /// connection is said and, once the server answers, made again (reachableChanged).
    void check();

Q_SIGNALS:
    /// Rows of these tables changed in another program's commit; empty: anything may have
    /// changed (after a reconnect).
    void changed(const QSet<QString> &tables);
    /// The server became unreachable (with the reason) or reachable again.
    void reachableChanged(bool reachable, const QString &message);

private:
    bool subscribe();
    void answered();
    void heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void setReachable(bool reachable, const QString &message);
    QString lostBecause(const QSqlDatabase &db) const;

    Database &m_database;
    QTimer m_gather;
    QElapsedTimer m_sinceChanged; ///< since changed() was last emitted
    QTimer m_check;
    QFutureWatcher<bool> m_probe;
    QSet<QString> m_tables;
    bool m_listening = false;
    bool m_reachable = true;
};
