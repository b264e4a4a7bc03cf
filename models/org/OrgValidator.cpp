#include "OrgValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrgValidator", text);
}

} // namespace

bool OrgValidator::isPhoneNumber(const QString &text)
{
    // A mobile number (11 digits, 1xx) or a landline with its area code (0556-5551234).
    static const QRegularExpression pattern(QStringLiteral("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$"));
    return pattern.match(text).hasMatch();
}

QList<OrgValidator::Problem> OrgValidator::check(const Organisation &draft, std::optional<OrgKind> parentKind,
                                                 const QDate &today)
{
    QList<Problem> problems;
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        problems.append({Field::Name, tr("The name is required.")});
    else if (name.contains(QLatin1Char('/')))
        problems.append({Field::Name, tr("The name may not contain \"/\" (it separates names in paths).")});
    else if (name.size() > maxNameLength)
        problems.append({Field::Name, tr("The name is longer than %1 characters.").arg(maxNameLength)});

    if (!parentKind) {
        if (draft.kind != OrgKind::District)
            problems.append({Field::Kind, tr("Only a district can stand at the top of the tree.")});
    } else if (!OrgKinds::mayHangUnder(draft.kind, *parentKind)) {
        problems.append({Field::Kind, tr("A %1 cannot be placed under a %2.")
                                          .arg(OrgKinds::displayName(draft.kind), OrgKinds::displayName(*parentKind))});
    }

    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    if (!draft.code.isEmpty() && !codePattern.match(draft.code).hasMatch())
        problems.append({Field::Code, tr("The code may hold up to 32 digits, Latin letters and hyphens.")});

    if (!draft.phone.isEmpty() && !isPhoneNumber(draft.phone))
        problems.append({Field::Phone, tr("The phone number must be 11 digits (mobile) or an area code and number "
                                          "(0556-5551234).")});

    if (draft.households) {
        if (!OrgKinds::keepsHouseholds(draft.kind))
            problems.append({Field::Households, tr("Households served are kept for grids only.")});
        else if (*draft.households < 0 || *draft.households > 100000)
            problems.append({Field::Households, tr("Households served must be a number from 0 to 100000.")});
    }

    if (draft.establishedOn.isValid() && draft.establishedOn > today)
        problems.append({Field::Established, tr("The date established lies in the future.")});
    if (draft.dissolvedOn.isValid()) {
        if (draft.dissolvedOn > today)
            problems.append({Field::Dissolved, tr("The date dissolved lies in the future.")});
        else if (draft.establishedOn.isValid() && draft.dissolvedOn < draft.establishedOn)
            problems.append({Field::Dissolved, tr("The date dissolved is before the date established.")});
    }
    return problems;
}

QString OrgValidator::describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char(' '));
}
