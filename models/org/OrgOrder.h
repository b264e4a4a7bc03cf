#pragma once

#include "OrgKind.h"

#include <QCollator>
#include <QList>
#include <QLocale>

#include <algorithm>

/// The order of siblings in the tree and in lists: by kind (communities before branches), then by
/// name as a Chinese reader sorts it (pinyin, numbers by value: 第2网格 before 第10网格).
namespace OrgOrder {

inline const QCollator &collator()
{
    thread_local const QCollator instance = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::China));
        c.setNumericMode(true);
        return c;
    }();
    return instance;
}

template <typename Row>
bool lessThan(const Row &a, const Row &b)
{
    const int rankA = OrgKinds::rank(a.kind);
    const int rankB = OrgKinds::rank(b.kind);
    if (rankA != rankB)
        return rankA < rankB;
    const int byName = collator().compare(a.name, b.name);
    if (byName != 0)
        return byName < 0;
    return a.id < b.id;
}

template <typename Row>
void sort(QList<Row> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return lessThan(a, b); });
}

} // namespace OrgOrder
