#pragma once

#include "LedgerItem.h"
#include "core/KeysetTableModel.h"

#include <utility>

class Database;
class LedgerService;
class WorkCalendar;

/// The ledger table: a filtered, sorted query read a page at a time as the view scrolls — never
/// all rows. The total is counted on a worker thread with its own connection, so that a count
/// over a million items never holds up the window; countReady() brings it.
class LedgerTableModel : public KeysetTableModel<LedgerRow>
{
    Q_OBJECT

public:
    enum Column { IdColumn, RecordedColumn, OrgColumn, CategoryColumn, TitleColumn, UrgencyColumn, StateColumn,
                  DueColumn, ClockColumn, HolderColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    LedgerTableModel(Database &database, LedgerService &service, QObject *parent = nullptr);
    ~LedgerTableModel() override;

    void setFilter(const LedgerFilter &filter);
    const LedgerFilter &filter() const { return m_filter; }
    void setSort(LedgerSort sort);
    void refresh();
    /// The last count that arrived, or -1 while counting.
    qint64 totalCount() const { return m_total; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by the recorded date (newest first) or, for the due and time-limit columns, by the
    /// due date (soonest first); the order is one way only.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order the rows follow, for the header's arrow.
    std::pair<int, Qt::SortOrder> shownSort() const;

Q_SIGNALS:
    void countReady(qint64 total);

protected:
    QList<LedgerRow> readPage(const std::optional<LedgerRow> &after, int limit) const override;

private:
    void startCount();
    QString clockText(const LedgerRow &row) const;

    Database &m_database;
    LedgerService &m_service;
    LedgerFilter m_filter;
    LedgerSort m_sort = LedgerSort::RecordedNewest;
    bool m_loaded = false;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    std::unique_ptr<WorkCalendar> m_calendar;
};
