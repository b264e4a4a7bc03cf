#pragma once

#include "CobuildRecords.h"
#include "core/Result.h"

#include <QObject>

#include <optional>

class Database;

/// The project list (项目清单): 书记项目, 共建项目 and 民生项目 through their stages, claimed by units
/// and members, linked to the needs they answer and the resources they use, reviewed on rhythm.
class ProjectService : public QObject
{
    Q_OBJECT

public:
    explicit ProjectService(Database &database, QObject *parent = nullptr);

    Result<qint64> add(const Project &project, const QDate &today = QDate::currentDate());
    /// Moves the project to its next stage on a date (not before the stage it leaves began). From:
    /// the stage the clerk saw — refused when another clerk moved the project on meanwhile.
    Outcome advance(qint64 projectId, const QDate &on, const QDate &today = QDate::currentDate(),
                    std::optional<ProjectStage> from = std::nullopt);
    /// A unit (unitId) or a member (memberId) claims the project (认领).
    Outcome claim(qint64 projectId, qint64 unitId, qint64 memberId, const QDate &on);
    Outcome linkNeed(qint64 projectId, qint64 needId);
    Outcome linkResource(qint64 projectId, qint64 resourceId);
    Result<qint64> addReview(qint64 projectId, ReviewKind kind, const QDate &on, const QString &note);

    std::optional<Project> project(qint64 id) const;
    /// Lines describing claims, linked needs and resources, and reviews, for the detail view.
    QStringList claims(qint64 projectId) const;
    QStringList reviews(qint64 projectId) const;
    /// The needs and resources linked to the project, one line each.
    QStringList links(qint64 projectId) const;

    static std::optional<ProjectStage> nextStage(ProjectStage stage);

Q_SIGNALS:
    void changed();

private:
    Outcome insertLink(const QString &table, const QString &column, qint64 projectId, qint64 otherId);

    Database &m_database;
};
