#pragma once

#include <QObject>
#include <QSqlError>
#include <QString>

#include <optional>

/// Tells the window when a read of the database failed, so that a locked or damaged file shows as
/// a message ("数据库正忙…", "数据库已损坏…") rather than as empty pages. Reads on any thread
/// report here (SqlRead); the signal reaches the window on its own thread.
class StoreHealth : public QObject
{
    Q_OBJECT

public:
    /// Busy: another writer holds the lock. Conflict: a server undid the transaction to keep two
    /// clerks' changes apart (a serialization failure, a deadlock) — the same change tried again
    /// succeeds. Unreachable: the server's connection is lost.
    enum class Problem { Busy, Damaged, Full, Conflict, Unreachable, Other };
    Q_ENUM(Problem)

    static StoreHealth &instance();

    /// What a failed query's error means for the clerk: SQLite's result code, or PostgreSQL's
    /// SQLSTATE (five characters; a lost connection may come without one).
    static Problem classify(const QSqlError &error);
    /// The message the clerk reads for it.
    static QString message(Problem problem, const QSqlError &error);
    /// A write or open that failed, in the clerk's language: "the disk is full: nothing was
    /// saved…" — never SQLite's English alone (its words follow in brackets where they help).
    static QString describe(const QSqlError &error);
    /// When SQLite could not write or open (an I/O error, a full disk, a read-only file, a file it
    /// cannot open) and the place of an open desk file explains it (FilePlace): the cause and what
    /// to do; nullopt otherwise (the file itself may be damaged then).
    static std::optional<QString> placeProblem(const QSqlError &error);

    /// How many conflicts (Problem::Conflict) this thread has described so far: Retrying tells
    /// by it whether a change failed for one and may be tried again.
    static int conflictsSeen();

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
