#pragma once

#include "CobuildRecords.h"
#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

class Database;
class PointsService;

/// One activity as a list shows it.
struct ActivityLine
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString organisation;
    ActivityKind kind = ActivityKind::Joint;
    qint64 agreementId = 0; ///< 0: held without an agreement
    QString unit;           ///< the agreement's unit
    QDate heldOn;
    QString title;
    int participants = 0;
    int members = 0;        ///< members taking part by name
    double hours = 0;       ///< 0: not recorded
    QString venue;
};

/// The activities of the organisations (联建活动, 组织生活, 主题活动, 志愿服务): any organisation of the
/// tree but a household holds them; a joint one, and only a joint one, is held under a co-building
/// agreement (and counts towards its target); members taking part are credited service points.
class ActivityService : public QObject
{
    Q_OBJECT

public:
    ActivityService(Database &database, PointsService &points, QObject *parent = nullptr);

    /// Logs an activity; members taking part are credited pointsEach service points.
    Result<qint64> add(const Activity &activity, const QDate &today = QDate::currentDate());

    /// The activities of the subtree of orgId (0: all) held from from to to (null: open), of one
    /// kind or all, newest first.
    static Result<QList<ActivityLine>> lines(const QSqlDatabase &db, qint64 orgId, const QDate &from, const QDate &to,
                                             std::optional<ActivityKind> kind = std::nullopt);

    std::optional<Activity> activity(qint64 id) const;
    /// The members taking part by name, with the points each was credited.
    QStringList membersTakingPart(qint64 activityId) const;

    static constexpr int maxPointsPerActivity = 20;

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
    PointsService &m_points;
};
