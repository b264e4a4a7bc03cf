#pragma once

#include "core/CancelFlag.h"
#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

class Database;
class QThread;

/// Long work — importing packages, exporting the quarter, generating demo data, writing a report
/// — run on a thread of its own with its own connection to the database (Database::
/// openForThread), so that the window stays responsive and never runs an event loop inside a
/// write transaction. The work reports its progress and asks whether it is cancelled; both are
/// safe from its thread. finished() comes on the thread that made the job.
class Job : public QObject
{
    Q_OBJECT

public:
    /// The work, given its database and the job (for progress and cancel).
    using Work = std::function<Outcome(Database &database, Job &job)>;

    Job(const Database &database, Work work, QObject *parent = nullptr);
    /// Waits for the work if it still runs (after asking it to stop).
    ~Job() override;

    void start();
    bool isRunning() const;
    /// Asks the work to stop; it stops at its next check and leaves nothing changed.
    void cancel() { m_cancel.cancel(); }
    const CancelFlag &cancelFlag() const { return m_cancel; }
    bool isCancelled() const { return m_cancel.isSet(); }

    /// From the work: done of total (total 0: not known), and what it is at.
    void report(int done, int total, const QString &text);

    /// After finished(): what came of it.
    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progressed(int done, int total, const QString &text);
    void finished();

private:
    const Database &m_database;
    Work m_work;
    CancelFlag m_cancel;
    Outcome m_outcome = Outcome::success();
    QThread *m_thread = nullptr;
};
