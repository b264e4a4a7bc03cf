#pragma once

#include <QDate>
#include <QString>

#include <optional>

/// 男 / 女.
enum class Gender { Male, Female };

/// 在册, 流动党员, 在职党员到社区报到.
enum class MemberCategory { Registered, Flowing, InService };

/// Whether a member is still with the branch; a member with history is never deleted.
enum class MemberStatus { Active, TransferredOut, Deceased };

/// One party member, as the member's own form shows it.
struct Member
{
    qint64 id = 0;
    qint64 orgId = 0; ///< the branch the member belongs to
    QString name;
    Gender gender = Gender::Male;
    QDate birthDate;
    QString ethnicity;
    QString education;
    QString idNumber; ///< 公民身份号码, 18 characters, or empty
    QDate joinedOn;
    QDate fullMemberOn; ///< 转正; null while probationary (预备党员)
    QString phone;
    MemberCategory category = MemberCategory::Registered;
    QString flowingWhere; ///< flowing members: where they are now
    QDate flowingSince;
    QString employer; ///< in-service members: their employer
    qint64 reportedToId = 0; ///< in-service members: the community they report to
    QDate reportedOn;
    std::optional<double> serviceHours;
    MemberStatus status = MemberStatus::Active;
    QDate statusOn; ///< when transferred out or deceased
    QString notes;
    int version = 0; ///< the version read with it, which a save counts on (RecordVersion)

    bool isProbationary() const { return !fullMemberOn.isValid(); }
    /// The day a probationary member is due for full membership: one year after joining.
    QDate fullMembershipDue() const { return joinedOn.isValid() ? joinedOn.addYears(1) : QDate(); }
    /// Probationary past the due day without a 转正 date.
    bool isOverdueForFullMembership(const QDate &today) const
    {
        return isProbationary() && status == MemberStatus::Active && joinedOn.isValid()
               && fullMembershipDue() < today;
    }
    int ageOn(const QDate &day) const;
};

namespace MemberEnums {

QString code(Gender gender);
QString code(MemberCategory category);
QString code(MemberStatus status);
std::optional<Gender> genderFromCode(const QString &code);
std::optional<MemberCategory> categoryFromCode(const QString &code);
std::optional<MemberStatus> statusFromCode(const QString &code);

/// 男 / 女 as written in forms and CSV files.
std::optional<Gender> genderFromChinese(const QString &text);
QString chinese(Gender gender);

QString displayName(Gender gender);
QString displayName(MemberCategory category);
QString displayName(MemberStatus status);

const QList<MemberCategory> &categories();
const QList<MemberStatus> &statuses();

} // namespace MemberEnums
