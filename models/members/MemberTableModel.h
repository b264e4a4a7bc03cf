#pragma once

#include "MemberFilter.h"
#include "core/KeysetTableModel.h"

#include <utility>

#include <optional>

class MemberService;

/// The members table: a filtered, sorted query read a page at a time as the view scrolls, so that
/// 100,000 members cost no more than the rows on screen. The total comes from count(*).
class MemberTableModel : public KeysetTableModel<MemberRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, GenderColumn, AgeColumn, BirthColumn, JoinedColumn, FullMemberColumn, CategoryColumn,
        BranchColumn, PhoneColumn, IdNumberColumn, StatusColumn, ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MemberTableModel(MemberService &service, QObject *parent = nullptr);

    /// Reads the first page for filter (also the first time, whatever the filter).
    void setFilter(const MemberFilter &filter);
    const MemberFilter &filter() const { return m_filter; }
    /// All rows matching the filter, not only those loaded.
    qint64 totalCount() const { return m_total; }
    void refresh();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order the rows follow, for the header's arrow (-1: in the order entered).
    std::pair<int, Qt::SortOrder> shownSort() const { return {m_shownColumn, m_shownOrder}; }

Q_SIGNALS:
    void totalCountChanged(qint64 total);

protected:
    QList<MemberRow> readPage(const std::optional<MemberRow> &after, int limit) const override;

private:
    MemberService &m_service;
    MemberFilter m_filter;
    MemberSort m_sort = MemberSort::Entered;
    bool m_descending = false;
    int m_shownColumn = -1;
    Qt::SortOrder m_shownOrder = Qt::AscendingOrder;
    qint64 m_total = 0;
    bool m_loaded = false;
};
