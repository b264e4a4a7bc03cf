#pragma once

#include "Organisation.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// Reads the organisation tree. Every query is one statement over indexes; nothing here
/// loads the whole table except listAll(), which is asked for it.
class OrgRepository
{
public:
    explicit OrgRepository(const Database &database);

    std::optional<Organisation> find(qint64 id) const;
    std::optional<OrgNodeInfo> node(qint64 id, bool includeRetired = true) const;
    /// The root (the district), or 0 in an empty database.
    qint64 rootId() const;
    bool isEmpty() const;

    /// Direct children of parentId (0: the top level), with whether each has children itself.
    QList<OrgNodeInfo> children(qint64 parentId, bool includeRetired) const;
    /// Direct children with the figures of their subtrees.
    QList<OrgChildSummary> childSummaries(qint64 parentId, bool includeRetired) const;
    /// How many organisations hang directly under id, retired ones included.
    int childCount(qint64 id) const;
    /// The member linked to a party-member central household, or 0.
    qint64 householdMember(qint64 householdId) const;
    /// The party-member central household a member heads, or 0.
    qint64 householdOf(qint64 memberId) const;
    /// Why id cannot become a kind because of records attached to it (members, roles, a linked
    /// member), or an empty string.
    QString kindChangeBlocker(qint64 id, OrgKind kind) const;
    /// Records of other areas that belong to id (members, roles): while any exist it stays.
    int attachedRecords(qint64 id) const;
    /// How many organisations, retired or not, are in the subtree below id (itself excluded).
    int descendantCount(qint64 id, bool activeOnly) const;

    /// The ids from the root down to id, id included; empty when id does not exist.
    QList<qint64> lineage(qint64 id) const;
    /// Whether candidate is id itself or lies below it.
    bool isInSubtree(qint64 candidate, qint64 id) const;
    /// The names from the root down to id.
    QStringList pathNames(qint64 id) const;
    /// The path as `org list` prints it: names joined by '/'.
    QString path(qint64 id) const;
    /// The paths of many organisations at once, a level of the tree a read (a card, a row each);
    /// nothing for an id that does not exist; an error when a read failed.
    Result<QHash<qint64, QString>> paths(const QList<qint64> &ids) const;
    /// The organisation a path of names leads to.
    std::optional<qint64> findByPath(const QString &path) const;

    /// Active organisations of the given kinds in the subtree of orgId (itself included; 0: all),
    /// at most limit, each with `path` = its parent's name and its own joined by '/'.
    QList<OrgPathEntry> within(qint64 orgId, const QList<OrgKind> &kinds, int limit) const;
    /// Every organisation with its path, in tree order.
    QList<OrgPathEntry> listAll() const;
    /// Organisations whose name contains text, shortest names first, at most limit.
    QList<OrgPathEntry> search(const QString &text, int limit) const;

    /// Whether a sibling under parentId already has this name (other than exceptId).
    bool siblingNameTaken(qint64 parentId, const QString &name, qint64 exceptId) const;

    /// The lineage string of id ('/1/5/23/'), used to build subtree conditions.
    QString lineageText(qint64 id) const;

private:
    const Database &m_database;
};
