#pragma once

#include <QObject>
#include <QSqlError>
#include <QString>

/// Tells the window when a read of the database failed, so that a locked or damaged file shows as
/// a message ("数据库正忙…", "数据库已损坏…") rather than as empty pages. Reads on any thread
/// report here (SqlRead); the signal reaches the window on its own thread.
class StoreHealth : public QObject
{
    Q_OBJECT

public:
    enum class Problem { Busy, Damaged, Full, Other };
    Q_ENUM(Problem)

    static StoreHealth &instance();

    /// What a failed query's error means for the clerk.
    static Problem classify(const QSqlError &error);
    /// The message the clerk reads for it.
    static QString message(Problem problem, const QSqlError &error);
    /// A write or open that failed, in the clerk's language: "the disk is full: nothing was
    /// saved…" — never SQLite's English alone (its words follow in brackets where they help).
    static QString describe(const QSqlError &error);

    /// Records a failed read (logged with its statement under zongheng.sql) and tells listeners.
    void reportFailedRead(const QSqlError &error, const QString &statement);

    /// How many failed reads were reported since the program started (tests read it).
    int failedReads() const;

Q_SIGNALS:
    void readFailed(StoreHealth::Problem problem, const QString &message);

private:
    StoreHealth() = default;
    QAtomicInt m_failed;
};
