#pragma once

#include "CobuildRecords.h"
#include "Fulfilment.h"
#include "core/Result.h"

#include <QObject>

class Database;

/// Co-building agreements (共建协议) and how the joint activities held under them fulfil them
/// (ActivityService logs the activities).
class AgreementService : public QObject
{
    Q_OBJECT

public:
    explicit AgreementService(Database &database, QObject *parent = nullptr);

    Result<qint64> add(const Agreement &agreement);
    std::optional<Agreement> agreement(qint64 id) const;
    /// The agreements orgId signed whose term takes in the day, with the unit's name, oldest first.
    QList<std::pair<Agreement, QString>> inForce(qint64 orgId, const QDate &day) const;
    /// The activities held under an agreement, newest first, one line each.
    QStringList activities(qint64 agreementId) const;
    Fulfilment fulfilment(qint64 agreementId, const QDate &asOf = QDate::currentDate()) const;

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
};
