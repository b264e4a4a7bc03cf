#include "Member.h"

#include <QCoreApplication>

int Member::ageOn(const QDate &day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

namespace MemberEnums {

QString code(Gender gender)
{
    return gender == Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

QString code(MemberCategory category)
{
    switch (category) {
    case MemberCategory::Registered: return QStringLiteral("registered");
    case MemberCategory::Flowing: return QStringLiteral("flowing");
    case MemberCategory::InService: return QStringLiteral("in_service");
    }
    return {};
}

QString code(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active: return QStringLiteral("active");
    case MemberStatus::TransferredOut: return QStringLiteral("transferred_out");
    case MemberStatus::Deceased: return QStringLiteral("deceased");
    }
    return {};
}

std::optional<Gender> genderFromCode(const QString &text)
{
    if (text == QLatin1String("male"))
        return Gender::Male;
    if (text == QLatin1String("female"))
        return Gender::Female;
    return std::nullopt;
}

std::optional<MemberCategory> categoryFromCode(const QString &text)
{
    for (MemberCategory category : categories()) {
        if (code(category) == text)
            return category;
    }
    return std::nullopt;
}

std::optional<MemberStatus> statusFromCode(const QString &text)
{
    for (MemberStatus status : statuses()) {
        if (code(status) == text)
            return status;
    }
    return std::nullopt;
}

std::optional<Gender> genderFromChinese(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QStringLiteral("男"))
        return Gender::Male;
    if (trimmed == QStringLiteral("女"))
        return Gender::Female;
    return std::nullopt;
}

QString chinese(Gender gender)
{
    return gender == Gender::Male ? QStringLiteral("男") : QStringLiteral("女");
}

QString displayName(Gender gender)
{
    return gender == Gender::Male ? QCoreApplication::translate("Member", "Male")
                                  : QCoreApplication::translate("Member", "Female");
}

QString displayName(MemberCategory category)
{
    switch (category) {
    case MemberCategory::Registered: return QCoreApplication::translate("Member", "Registered");
    case MemberCategory::Flowing: return QCoreApplication::translate("Member", "Flowing");
    case MemberCategory::InService: return QCoreApplication::translate("Member", "In-service, reporting to the community");
    }
    return {};
}

QString displayName(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active: return QCoreApplication::translate("Member", "Active");
    case MemberStatus::TransferredOut: return QCoreApplication::translate("Member", "Transferred out");
    case MemberStatus::Deceased: return QCoreApplication::translate("Member", "Deceased");
    }
    return {};
}

const QList<MemberCategory> &categories()
{
    static const QList<MemberCategory> list = {MemberCategory::Registered, MemberCategory::Flowing,
                                               MemberCategory::InService};
    return list;
}

const QList<MemberStatus> &statuses()
{
    static const QList<MemberStatus> list = {MemberStatus::Active, MemberStatus::TransferredOut,
                                             MemberStatus::Deceased};
    return list;
}

} // namespace MemberEnums
