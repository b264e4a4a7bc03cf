#pragma once

#include "Member.h"
#include "MemberRepository.h"
#include "MemberValidator.h"
#include "core/Result.h"

#include <QObject>

class Database;

/// Changes members: add, edit, transfer out or record a death (and back), delete one entered by
/// mistake, link a party-member central household. Each change one transaction, then a signal.
class MemberService : public QObject
{
    Q_OBJECT

public:
    explicit MemberService(Database &database, QObject *parent = nullptr);

    const MemberRepository &repository() const { return m_repository; }

    /// Everything wrong with member as it would be saved: the field rules, its branch, its ID
    /// number not held by another member.
    QList<MemberValidator::Problem> problems(const Member &member, const QDate &today = QDate::currentDate()) const;

    Result<qint64> add(const Member &member);
    /// Inserts members already checked (by the CSV import) in one transaction; all or none.
    Result<int> addAll(const QList<Member> &members);
    /// Saves the fields of an existing member; the status changes through setStatus().
    Outcome update(const Member &member);
    /// Transferred out or deceased on a date, or active again (statusOn ignored).
    Outcome setStatus(qint64 id, MemberStatus status, const QDate &on, const QDate &today = QDate::currentDate());
    /// Only for a member without history (points, roles, a household).
    Outcome remove(qint64 id);
    /// Makes member the person of a party-member central household (0 unlinks).
    Outcome linkHousehold(qint64 householdId, qint64 memberId);

Q_SIGNALS:
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);
    /// Many members changed at once (an import, demo data).
    void reset();

public:
    void announceReset() { Q_EMIT reset(); }

private:
    Result<qint64> addOnce(const Member &member);
    Outcome updateOnce(const Member &member);
    Outcome setStatusOnce(qint64 id, MemberStatus status, const QDate &on, const QDate &today);
    std::optional<OrgKind> kindOf(qint64 orgId) const;

    Database &m_database;
    MemberRepository m_repository;
};
