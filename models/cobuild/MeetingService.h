#pragma once

#include "CobuildRecords.h"
#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

class Database;

/// One meeting as a list shows it.
struct MeetingLine
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Joint;
    qint64 orgId = 0;
    QString organisation;
    QString level; ///< the organisation's kind, as its code
    QDate heldOn;
    QString topics;
    QString resolutions;
    int units = 0; ///< units attending
    int tasks = 0; ///< resolutions made tasks
};

/// Meetings — the joint meetings (党建联席会议) and the deliberation councils (议事会) — and the task
/// list (任务清单) their resolutions become.
class MeetingService : public QObject
{
    Q_OBJECT

public:
    explicit MeetingService(Database &database, QObject *parent = nullptr);

    Result<qint64> addMeeting(const Meeting &meeting, const QDate &today = QDate::currentDate());
    Result<qint64> addTask(const Task &task);
    Outcome completeTask(qint64 taskId, const QDate &on, const QDate &today = QDate::currentDate());
    Outcome cancelTask(qint64 taskId, const QDate &on);

    std::optional<Meeting> meeting(qint64 id) const;
    std::optional<Task> task(qint64 id) const;
    /// The resolutions of a meeting, one per line, that have not become a task yet.
    QStringList openResolutions(qint64 meetingId) const;
    QStringList attendingUnits(qint64 meetingId) const;

    /// The meetings of the subtree of orgId (0: all) held from from to to (null: open), of one
    /// kind or all, newest first.
    static Result<QList<MeetingLine>> lines(const QSqlDatabase &db, qint64 orgId, const QDate &from, const QDate &to,
                                            std::optional<MeetingKind> kind = std::nullopt);

Q_SIGNALS:
    void changed();

private:
    Outcome endTask(qint64 taskId, TaskState state, const QDate &on);

    Database &m_database;
};
