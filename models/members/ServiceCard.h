#pragma once

#include "Member.h"
#include "exchange/Quarter.h"

#include <QDate>
#include <QList>
#include <QString>

/// An activity an in-service member took part in during the quarter.
struct ServiceCardActivity
{
    qint64 activityId = 0;
    QDate heldOn;
    QString title;
    QString orgName;   ///< the organisation that held it (the agreement's community or sub-district)
    double hours = 0;  ///< how long it lasted; 0: not recorded
    int points = 0;    ///< service points it credited the member
};

/// A ledger item an in-service member took on or completed during the quarter.
struct ServiceCardItem
{
    qint64 itemId = 0;
    QString title;
    QDate recordedOn;
    QString state;     ///< the item's state as a code (LedgerFlow): now, or in_progress when closed after the quarter
    QDate closedOn;    ///< within the quarter; invalid when open at its end
};

/// 双联双管: what an in-service member (在职党员) did in the community they report to in one
/// quarter, for the feedback card sent to the party organisation of their employer.
struct ServiceCard
{
    qint64 memberId = 0;
    QString name;
    Gender gender = Gender::Male;
    QString phone;
    qint64 branchId = 0;
    QString branch;        ///< the path of the member's own organisation
    QString employer;      ///< empty when not recorded
    qint64 reportedToId = 0;
    QString reportedTo;    ///< the path of the community reported to; empty when not recorded
    QDate reportedOn;
    Quarter quarter;
    QList<ServiceCardActivity> activities;
    QList<ServiceCardItem> items;
    int pointsEarned = 0;  ///< credited in the quarter (activities, items, awards, less their reversals)
    int pointsBalance = 0; ///< the balance at the quarter's end

    /// The hours of the activities whose length is recorded.
    double hours() const;
    /// Items taken on or completed in the quarter that were closed by its end.
    int itemsClosed() const;
};
