#pragma once

#include "CobuildRecords.h"
#include "core/Result.h"

#include <QObject>

class Database;

/// Joint meetings (党建联席会议) and the task list (任务清单) their resolutions become.
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

Q_SIGNALS:
    void changed();

private:
    Outcome endTask(qint64 taskId, TaskState state, const QDate &on);

    Database &m_database;
};
