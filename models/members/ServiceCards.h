#pragma once

#include "ServiceCard.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

class CancelFlag;
class Database;

/// Gathers the quarterly feedback cards of in-service members (双联双管): each member's
/// activities, ledger items and service points of the quarter, in a few set-wise reads whatever
/// the number of members.
class ServiceCards
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCards)

public:
    struct Filter
    {
        Quarter quarter;
        /// Only members of this employer (exactly as recorded); empty: every employer.
        QString employer;
        /// Only this member; 0: every in-service member the filter lets through.
        qint64 memberId = 0;
        /// Only members reporting to this organisation or one below it; 0: anywhere.
        qint64 reportedToId = 0;
    };

    /// The cards of the in-service members active at some time in the quarter who had reported
    /// to a community by its end, ordered by employer, then name (pinyin). A failed read is an error, not
    /// fewer cards; cancelled, an error too.
    static Result<QList<ServiceCard>> gather(const Database &database, const Filter &filter, const CancelFlag *cancel = nullptr);

    /// The employers of the members gather() would find with filter, whatever its employer and
    /// member, in pinyin order.
    static Result<QStringList> employers(const Database &database, const Filter &filter);
};
