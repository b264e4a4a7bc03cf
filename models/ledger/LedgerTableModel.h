#pragma once

#include "LedgerItem.h"

#include <QAbstractTableModel>

#include <utility>

class Database;
class LedgerService;
class WorkCalendar;

/// The ledger table: a filtered, sorted query read a page at a time as the view scrolls — never
/// all rows. The total is counted on a worker thread with its own connection, so that a count
/// over a million items never holds up the window; countReady() brings it.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, RecordedColumn, OrgColumn, CategoryColumn, TitleColumn, UrgencyColumn, StateColumn,
                  DueColumn, ClockColumn, HolderColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    LedgerTableModel(Database &database, LedgerService &service, QObject *parent = nullptr);
    ~LedgerTableModel() override;

    void setFilter(const LedgerFilter &filter);
    const LedgerFilter &filter() const { return m_filter; }
    void setSort(LedgerSort sort);
    void refresh();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    /// The last count that arrived, or -1 while counting.
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts by the recorded date (newest first) or, for the due and time-limit columns, by the
    /// due date (soonest first); the order is one way only.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order the rows follow, for the header's arrow.
    std::pair<int, Qt::SortOrder> shownSort() const;

Q_SIGNALS:
    void countReady(qint64 total);

private:
    void startCount();
    QString clockText(const LedgerRow &row) const;

    Database &m_database;
    LedgerService &m_service;
    LedgerFilter m_filter;
    LedgerSort m_sort = LedgerSort::RecordedNewest;
    QList<LedgerRow> m_rows;
    bool m_exhausted = true;
    bool m_loaded = false;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    std::unique_ptr<WorkCalendar> m_calendar;
};
