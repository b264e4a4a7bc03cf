#include "MemberValidator.h"

#include "IdNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MemberValidator", text);
}

} // namespace

bool MemberValidator::mayHoldMembers(OrgKind kind)
{
    return kind != OrgKind::District && kind != OrgKind::Household;
}

bool MemberValidator::isMobileNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^1[3-9]\\d{9}$"));
    return pattern.match(text).hasMatch();
}

bool MemberValidator::isPhoneNumber(const QString &text)
{
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    return isMobileNumber(text) || landline.match(text).hasMatch();
}

QList<MemberValidator::Problem> MemberValidator::check(const Member &m, std::optional<OrgKind> orgKind,
                                                       std::optional<OrgKind> reportedToKind, const QDate &today)
{
    QList<Problem> problems;
    const QString name = m.name.trimmed();
    if (name.isEmpty())
        problems.append({Field::Name, tr("The name is required.")});
    else if (name.size() > maxNameLength)
        problems.append({Field::Name, tr("The name is longer than %1 characters.").arg(maxNameLength)});

    if (!orgKind)
        problems.append({Field::Organisation, tr("Choose the branch the member belongs to.")});
    else if (!mayHoldMembers(*orgKind))
        problems.append({Field::Organisation, tr("Members cannot belong to a %1; choose a branch.").arg(OrgKinds::displayName(*orgKind))});

    if (!m.birthDate.isValid())
        problems.append({Field::BirthDate, tr("The birth date is required.")});
    else if (m.birthDate > today || m.birthDate.year() < 1900)
        problems.append({Field::BirthDate, tr("The birth date is not possible.")});

    if (!m.idNumber.isEmpty()) {
        if (!IdNumber::isValid(m.idNumber)) {
            problems.append({Field::IdNumber, tr("The ID number is not valid (18 characters with a correct check "
                                                 "character).")});
        } else {
            if (m.birthDate.isValid() && IdNumber::birthDate(m.idNumber) != m.birthDate)
                problems.append({Field::IdNumber, tr("The ID number gives the birth date %1, not %2.")
                                                      .arg(IdNumber::birthDate(m.idNumber)->toString(Qt::ISODate),
                                                           m.birthDate.toString(Qt::ISODate))});
            if (IdNumber::gender(m.idNumber) != m.gender)
                problems.append({Field::IdNumber, tr("The ID number belongs to a %1, but the gender says %2.")
                                                      .arg(MemberEnums::displayName(*IdNumber::gender(m.idNumber)),
                                                           MemberEnums::displayName(m.gender))});
        }
    }

    if (!m.joinedOn.isValid()) {
        problems.append({Field::JoinedOn, tr("The date of joining the party is required.")});
    } else if (m.joinedOn > today) {
        problems.append({Field::JoinedOn, tr("The date of joining lies in the future.")});
    } else if (m.birthDate.isValid() && m.joinedOn < m.birthDate.addYears(18)) {
        problems.append({Field::JoinedOn, tr("The date of joining is before the member's 18th birthday.")});
    }

    if (m.fullMemberOn.isValid() && m.joinedOn.isValid()) {
        if (m.fullMemberOn < m.fullMembershipDue())
            problems.append({Field::FullMemberOn, tr("Full membership comes at the earliest one year after joining "
                                                     "(%1).")
                                                      .arg(m.fullMembershipDue().toString(Qt::ISODate))});
        else if (m.fullMemberOn > today)
            problems.append({Field::FullMemberOn, tr("The date of full membership lies in the future.")});
    }

    if (!m.phone.isEmpty() && !isMobileNumber(m.phone))
        problems.append({Field::Phone, tr("The phone number must be 11 digits (13912345678).")});

    switch (m.category) {
    case MemberCategory::Registered:
        break;
    case MemberCategory::Flowing:
        if (m.flowingWhere.trimmed().isEmpty())
            problems.append({Field::FlowingWhere, tr("A flowing member needs the place where they are now.")});
        if (m.flowingSince.isValid() && m.flowingSince > today)
            problems.append({Field::FlowingSince, tr("The date the member left lies in the future.")});
        break;
    case MemberCategory::InService:
        if (m.employer.trimmed().isEmpty())
            problems.append({Field::Employer, tr("An in-service member needs the employer.")});
        if (m.reportedToId == 0)
            problems.append({Field::ReportedTo, tr("An in-service member needs the community reported to.")});
        else if (reportedToKind && *reportedToKind != OrgKind::Community)
            problems.append({Field::ReportedTo, tr("In-service members report to a community.")});
        if (m.reportedOn.isValid() && m.reportedOn > today)
            problems.append({Field::ReportedOn, tr("The date of reporting lies in the future.")});
        if (m.serviceHours && *m.serviceHours < 0)
            problems.append({Field::ServiceHours, tr("Service hours cannot be negative.")});
        break;
    }

    if (m.status != MemberStatus::Active) {
        if (!m.statusOn.isValid())
            problems.append({Field::Status, tr("Give the date of the transfer or death.")});
        else if (m.statusOn > today || (m.joinedOn.isValid() && m.statusOn < m.joinedOn))
            problems.append({Field::Status, tr("The date of the transfer or death is not possible.")});
    }
    return problems;
}

QString MemberValidator::describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char(' '));
}
