#pragma once

#include "Member.h"
#include "org/OrgKind.h"

#include <QList>
#include <QString>

#include <optional>

/// The rules a member's fields must follow, shared by the form, the CSV import and the service.
class MemberValidator
{
public:
    enum class Field {
        Name, Gender, BirthDate, IdNumber, JoinedOn, FullMemberOn, Phone, Organisation, Category,
        FlowingWhere, FlowingSince, Employer, ReportedTo, ReportedOn, ServiceHours, Status
    };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int maxNameLength = 30;

    /// Everything wrong with member. orgKind is the kind of its branch (nullopt: none chosen);
    /// reportedToKind that of the community an in-service member reports to.
    static QList<Problem> check(const Member &member, std::optional<OrgKind> orgKind,
                                std::optional<OrgKind> reportedToKind, const QDate &today = QDate::currentDate());

    /// Whether members may belong to an organisation of this kind (not the district, not a household).
    static bool mayHoldMembers(OrgKind kind);
    static bool isMobileNumber(const QString &text);
    /// A mobile number or a landline with its area code (0556-5512345).
    static bool isPhoneNumber(const QString &text);
    static QString describe(const QList<Problem> &problems);
};
