#include "PathCompleter.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace {

const QRegularExpression &apart()
{
    static const QRegularExpression separators(QStringLiteral("[\\s›/>·]+"));
    return separators;
}

/// The text as it is searched: no separators, no spaces, case folded.
QString searchKey(const QString &text)
{
    return QString(text).remove(apart()).toCaseFolded();
}

/// Whether the entry holds what was typed: all of it ("光明社区第3"), or each of its parts in
/// turn ("光明 第3").
bool holds(const QString &entry, const QString &typed)
{
    const QString key = searchKey(entry);
    if (key.contains(searchKey(typed)))
        return true;
    qsizetype from = 0;
    for (const QString &part : typed.split(apart(), Qt::SkipEmptyParts)) {
        from = key.indexOf(part.toCaseFolded(), from);
        if (from < 0)
            return false;
        from += part.size();
    }
    return true;
}

} // namespace

/// The combo's entries whose search key holds the typed text's.
class PathFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTyped(const QString &typed)
    {
        m_typed = typed;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return holds(sourceModel()->index(row, 0, parent).data().toString(), m_typed);
    }

private:
    QString m_typed;
};

PathCompleter::PathCompleter(QComboBox *combo)
    : QCompleter(combo)
    , m_combo(combo)
    , m_filter(new PathFilter(this))
{
    m_filter->setSourceModel(combo->model());
    setModel(m_filter);
    // The filter does the matching; the completer shows what it kept.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(this);
    connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_filter->setTyped(text);
        if (text.trimmed().isEmpty() || m_filter->rowCount() == 0)
            popup()->hide();
        else
            complete();
    });
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const auto *shown = qobject_cast<const QAbstractProxyModel *>(completionModel());
        const QModelIndex kept = shown ? shown->mapToSource(index) : index;
        const QModelIndex entry = m_filter->mapToSource(kept);
        if (entry.isValid())
            m_combo->setCurrentIndex(entry.row());
    });
}

int PathCompleter::chosenRow(const QComboBox *combo)
{
    const QString typed = combo->currentText();
    const int exact = combo->findText(typed);
    if (exact >= 0 || typed.trimmed().isEmpty())
        return exact;
    int found = -1;
    for (int row = 0; row < combo->count(); ++row) {
        if (!holds(combo->itemText(row), typed))
            continue;
        if (found >= 0)
            return -1; // several: the clerk must say which
        found = row;
    }
    return found;
}
