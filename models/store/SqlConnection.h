#pragma once

#include <QSqlDatabase>
#include <QString>

/// One QtSql connection, owned: added under a name of its own, opened, and closed and forgotten
/// when it goes. The one place connections are made and removed (QSqlDatabase keeps them in a
/// registry by name: each must be removed, after every query on it is gone, on its thread).
class SqlConnection
{
public:
    /// A connection of the driver ("QSQLITE", "QPSQL") named after purpose, not yet open.
    explicit SqlConnection(const QString &purpose, const QString &driver = QStringLiteral("QSQLITE"));
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Opens databaseName with the driver's connect options; false when it failed (db().lastError()).
    bool open(const QString &databaseName, const QString &options = {});

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_watched; ///< the desk file, watched by FilePlace while this is open on it
};
