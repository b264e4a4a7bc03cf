#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <optional>

/// A table read a page at a time as the view scrolls, by key: each page is the rows after the
/// last one read (`(sort key, id) > last row`), never OFFSET, so that the thousandth page costs
/// what the first does. The one paging of the ledger's and the members' tables.
///
/// Row has an `id`; a subclass says how a page is read (readPage) and what its columns show.
template <typename Row>
class KeysetTableModel : public QAbstractTableModel
{
public:
    static constexpr int pageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    /// The id of a loaded row, or 0.
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    /// The row of id among those loaded, or -1.
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_exhausted; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_exhausted)
            return;
        const QList<Row> more = readPage(m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast()), pageSize);
        m_exhausted = more.size() < pageSize;
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows.append(more);
        endInsertRows();
    }

protected:
    /// At most limit rows after `after` in the table's order (the first ones when it is empty).
    virtual QList<Row> readPage(const std::optional<Row> &after, int limit) const = 0;

    /// Reads the first page afresh (a model reset); true when it held every row.
    bool readFirstPage()
    {
        beginResetModel();
        m_rows = readPage(std::nullopt, pageSize);
        m_exhausted = m_rows.size() < pageSize;
        endResetModel();
        return m_exhausted;
    }

    const QList<Row> &rows() const { return m_rows; }
    /// Puts a loaded row's fresh values in place (the caller says what changed).
    void replaceRow(int row, const Row &fresh) { m_rows[row] = fresh; }

private:
    QList<Row> m_rows;
    bool m_exhausted = true;
};
