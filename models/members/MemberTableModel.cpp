#include "MemberTableModel.h"

#include "MemberService.h"
#include "core/IsoDate.h"

#include <QBrush>
#include <QColor>

MemberTableModel::MemberTableModel(MemberService &service, QObject *parent)
    : KeysetTableModel(parent)
    , m_service(service)
{
    const auto refreshIfLoaded = [this] {
        if (m_loaded)
            refresh();
    };
    connect(&m_service, &MemberService::added, this, refreshIfLoaded);
    connect(&m_service, &MemberService::removed, this, refreshIfLoaded);
    connect(&m_service, &MemberService::reset, this, refreshIfLoaded);
    connect(&m_service, &MemberService::changed, this, [this](qint64 id) {
        // An edited member stays where it is; its row is read again.
        if (!m_loaded)
            return;
        const int row = rowOf(id);
        if (row < 0) {
            // Not shown: it may have come into the filter (active again, moved into the branch).
            if (m_service.repository().matches(m_filter, id))
                refresh();
            return;
        }
        const auto fresh = m_service.repository().row(id);
        // Out of the filter now (transferred out, another branch), or moved in the sort order:
        // read the page again rather than show a row that does not belong there.
        const bool keyChanged = (m_sort == MemberSort::Name && fresh && fresh->name != rows().at(row).name)
                                || (m_sort == MemberSort::BirthDate && fresh && fresh->birthDate != rows().at(row).birthDate)
                                || (m_sort == MemberSort::JoinedOn && fresh && fresh->joinedOn != rows().at(row).joinedOn);
        if (!fresh || keyChanged || !m_service.repository().matches(m_filter, id)) {
            refresh();
            return;
        }
        replaceRow(row, *fresh);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // Nothing is read until a filter is set (or refresh() asked): a window that opens on another
    // page pays nothing for this one.
}

void MemberTableModel::setFilter(const MemberFilter &filter)
{
    if (m_loaded && filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void MemberTableModel::refresh()
{
    m_loaded = true;
    m_total = readFirstPage() ? rows().size() : m_service.repository().count(m_filter);
    Q_EMIT totalCountChanged(m_total);
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<MemberRow> MemberTableModel::readPage(const std::optional<MemberRow> &after, int limit) const
{
    return m_service.repository().page(m_filter, m_sort, after, limit, m_descending);
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    MemberSort sort = MemberSort::Entered;
    if (column == NameColumn)
        sort = MemberSort::Name;
    else if (column == BirthColumn || column == AgeColumn)
        sort = MemberSort::BirthDate;
    else if (column == JoinedColumn)
        sort = MemberSort::JoinedOn;
    // The youngest first is the latest birth date first.
    const bool descending = (order == Qt::DescendingOrder) != (column == AgeColumn);
    m_shownColumn = sort == MemberSort::Entered ? -1 : column;
    m_shownOrder = order;
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    if (m_loaded)
        refresh();
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const MemberRow &row = rows().at(index.row());
    if (role == IdRole)
        return row.id;
    const bool probationary = !row.fullMemberOn.isValid();
    const bool overdue = probationary && row.status == MemberStatus::Active && row.joinedOn.addYears(1) < m_filter.asOf;
    if (role == Qt::ForegroundRole && index.column() == FullMemberColumn && overdue)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == FullMemberColumn && overdue)
        return tr("Probation ended on %1 without full membership").arg(IsoDate::format(row.joinedOn.addYears(1)));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return row.name;
    case GenderColumn: return MemberEnums::displayName(row.gender);
    case AgeColumn: {
        Member m;
        m.birthDate = row.birthDate;
        return m.ageOn(m_filter.asOf);
    }
    case BirthColumn: return IsoDate::format(row.birthDate);
    case JoinedColumn: return IsoDate::format(row.joinedOn);
    case FullMemberColumn:
        if (!probationary)
            return IsoDate::format(row.fullMemberOn);
        return overdue ? tr("probationary, overdue") : tr("probationary");
    case CategoryColumn: return MemberEnums::displayName(row.category);
    case BranchColumn: return row.orgName;
    case PhoneColumn: return row.phone;
    case IdNumberColumn: return row.idNumberMasked;
    case StatusColumn: return MemberEnums::displayName(row.status);
    default: return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case GenderColumn: return tr("Gender");
    case AgeColumn: return tr("Age");
    case BirthColumn: return tr("Born");
    case JoinedColumn: return tr("Joined");
    case FullMemberColumn: return tr("Full member");
    case CategoryColumn: return tr("Category");
    case BranchColumn: return tr("Branch");
    case PhoneColumn: return tr("Phone");
    case IdNumberColumn: return tr("ID number");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
