#pragma once

#include "Member.h"

#include <QDate>
#include <QString>

#include <optional>

/// What the members page asks for: a subtree and the filters above the table.
struct MemberFilter
{
    qint64 orgId = 0; ///< the organisation whose subtree is shown; 0 for all
    std::optional<MemberCategory> category;
    std::optional<MemberStatus> status = MemberStatus::Active;
    int minAge = -1; ///< inclusive; -1 for no bound
    int maxAge = -1;
    int joinedYear = 0; ///< 0 for any year
    bool probationaryOnly = false;
    QString text; ///< part of the name, or of the phone or ID number
    QDate asOf = QDate::currentDate(); ///< the day ages are counted on

    bool operator==(const MemberFilter &) const = default;
};

/// How the members table is sorted; every order ends with the id so that pages never overlap.
enum class MemberSort { Entered, Name, BirthDate, JoinedOn };

/// One row of the members table (no personal data beyond what the table shows).
struct MemberRow
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Male;
    QDate birthDate;
    QDate joinedOn;
    QDate fullMemberOn;
    MemberCategory category = MemberCategory::Registered;
    MemberStatus status = MemberStatus::Active;
    QString phone;
    QString idNumberMasked;
    qint64 orgId = 0;
    QString orgName;
    QString employer;      ///< in-service members: their employer
    qint64 reportedToId = 0; ///< in-service members: the community they report to
};
