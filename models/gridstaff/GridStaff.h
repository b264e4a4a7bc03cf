#pragma once

#include <QDate>
#include <QString>

/// One of a grid's staff (网格长, 网格员): a role of the grid.
struct GridStaffMember
{
    qint64 roleId = 0;
    qint64 gridId = 0;
    QString name;
    QString grid; ///< the community and the grid, "龙狮桥社区 › 第1网格"
    bool head = false;
};

/// A visit of a grid's staff (下沉走访): who, where, when, for how long, how many households.
struct GridVisit
{
    qint64 id = 0;
    qint64 roleId = 0;
    qint64 gridId = 0;
    QString staff; ///< as read: the person's name
    QDate visitedOn;
    int minutes = 0;
    int households = 0;
    QString note;
};
