#pragma once

#include "OrgKind.h"

#include <QDate>
#include <QString>

#include <optional>

/// One party organisation of the tree, as its form shows it.
struct Organisation
{
    qint64 id = 0;       ///< 0 for one not saved yet
    qint64 parentId = 0; ///< 0 for the root (the district)
    OrgKind kind = OrgKind::Community;
    QString name;
    QString code;
    QString secretary;
    QString phone;
    QString address;
    std::optional<int> households; ///< households served; kept for grids
    QDate establishedOn;
    QDate dissolvedOn; ///< null while the organisation is active
    QString notes;
    int version = 0; ///< the version read with it, which a save counts on (RecordVersion)

    bool isActive() const { return !dissolvedOn.isValid(); }
};

/// What the tree needs of one node: enough to draw it and to know whether it can expand.
struct OrgNodeInfo
{
    qint64 id = 0;
    qint64 parentId = 0;
    OrgKind kind = OrgKind::Community;
    QString name;
    bool active = true;
    bool hasChildren = false;
};

/// One direct child of an organisation with the figures of everything below it.
struct OrgChildSummary
{
    qint64 id = 0;
    OrgKind kind = OrgKind::Community;
    QString name;
    QString secretary;
    bool active = true;
    int grids = 0;            ///< active grids in its subtree, itself included
    int households = 0;       ///< active party-member central households in its subtree
    int householdsServed = 0; ///< households served by those grids
    int members = 0;          ///< active party members in its subtree
};

/// One line of the organisation list: the node and its path of names from the top.
struct OrgPathEntry
{
    qint64 id = 0;
    OrgKind kind = OrgKind::Community;
    QString name;
    QString path; ///< names from the root joined by '/'
    bool active = true;

    /// The path as the program shows it: "新河路街道 › 龙狮桥社区".
    QString shownPath() const { return path.split(QLatin1Char('/')).join(QStringLiteral(" › ")); }
};
