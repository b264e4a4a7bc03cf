#pragma once

#include "CobuildRecords.h"
#include "Fulfilment.h"
#include "core/Result.h"

#include <QObject>

class Database;
class PointsService;

/// Co-building agreements (共建协议) and the joint activities held under them.
class AgreementService : public QObject
{
    Q_OBJECT

public:
    AgreementService(Database &database, PointsService &points, QObject *parent = nullptr);

    Result<qint64> add(const Agreement &agreement);
    /// Logs a joint activity; members taking part are credited pointsEach service points.
    Result<qint64> addActivity(const Activity &activity, const QDate &today = QDate::currentDate());

    std::optional<Agreement> agreement(qint64 id) const;
    /// The activities held under an agreement, newest first, one line each.
    QStringList activities(qint64 agreementId) const;
    Fulfilment fulfilment(qint64 agreementId, const QDate &asOf = QDate::currentDate()) const;

    static constexpr int maxPointsPerActivity = 20;

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
    PointsService &m_points;
};
