#pragma once

#include <QSqlDatabase>
#include <QString>

/// Guard for one write: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit()
/// succeeded. Every change to the database goes through one of these.
///
/// Inside a transaction that is already open (one user action made of several service calls) the
/// guard becomes a savepoint: committing releases it, and the outer guard decides.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// False when BEGIN failed (another writer, a read-only connection); see error().
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    QString m_savepoint; ///< empty for an outermost transaction
    bool m_active = false;
    QString m_error;
};
