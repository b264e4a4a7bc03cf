#include "GridStaffScoreModel.h"

#include <QLocale>

namespace {

QString percent(int part, int whole)
{
    return whole ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * part / whole, 'f', 1)) : QStringLiteral("—");
}

} // namespace

GridStaffScoreModel::GridStaffScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GridStaffScoreModel::setScores(const QList<GridStaffScore> &scores)
{
    beginResetModel();
    m_scores = scores;
    endResetModel();
}

int GridStaffScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int GridStaffScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GridStaffScoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scores.size())
        return {};
    const GridStaffScore &s = m_scores.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn || index.column() == GridColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn: return s.rank;
    case NameColumn: return s.name;
    case GridColumn: return s.grid;
    case HoursColumn: return QLocale().toString(s.minutes / 60.0, 'f', 1);
    case WeeksColumn: return tr("%1 / %2").arg(s.weeksMet).arg(s.weeks);
    case RaisedColumn: return s.raised;
    case OnTimeColumn: return percent(s.onTime, s.raised);
    case SatisfactionColumn: return percent(s.satisfied, s.rated);
    case ScoreColumn: return QLocale().toString(s.score, 'f', 1);
    default: return {};
    }
}

QVariant GridStaffScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case NameColumn: return tr("Name");
    case GridColumn: return tr("Grid");
    case HoursColumn: return tr("Hours visited");
    case WeeksColumn: return tr("Weeks ≥ 5 h");
    case RaisedColumn: return tr("Items raised");
    case OnTimeColumn: return tr("On time");
    case SatisfactionColumn: return tr("Satisfaction");
    case ScoreColumn: return tr("Score");
    default: return {};
    }
}
