#pragma once

#include "Member.h"
#include "MemberFilter.h"

#include <QList>

#include <optional>

class Database;

/// Reads members: one member whole, a page of the filtered table, counts and likely duplicates.
class MemberRepository
{
public:
    explicit MemberRepository(const Database &database);

    std::optional<Member> find(qint64 id) const;
    /// The table row of one member.
    std::optional<MemberRow> row(qint64 id) const;

    /// Up to limit rows after the row `after` (nullopt: from the start), in the order asked.
    QList<MemberRow> page(const MemberFilter &filter, MemberSort sort, const std::optional<MemberRow> &after,
                          int limit,
                          bool descending = false) const;
    qint64 count(const MemberFilter &filter) const;
    /// Whether member id passes the filter.
    bool matches(const MemberFilter &filter, qint64 id) const;

    /// Members with the same name and birth date (other than exceptId): probably the same person.
    QList<MemberRow> likelyDuplicates(const QString &name, const QDate &birthDate, qint64 exceptId = 0) const;
    /// The member as a message names them: "王建国 (born 1955-01-12, 龙狮桥社区 › 第一党支部)" —
    /// the person and the branch, never an internal number alone.
    QString whoIs(qint64 id) const;
    static QString whoIs(const MemberRow &row, const QStringList &orgPath);
    /// whoIs for a page of rows, each branch's path read once.
    QStringList whoAre(const QList<MemberRow> &rows) const;

    /// The member holding this ID number, if any.
    std::optional<qint64> findByIdNumber(const QString &idNumber) const;

    /// Whether the member has history that forbids deleting: points, roles, a household.
    bool hasHistory(qint64 id) const;
    /// The party-member central household linked to the member, or 0.
    qint64 householdOf(qint64 id) const;

private:
    const Database &m_database;
};
