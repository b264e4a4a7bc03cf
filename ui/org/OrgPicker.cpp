#include "OrgPicker.h"

#include "org/OrgService.h"
#include "org/OrgTreeModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

OrgPicker::OrgPicker(OrgService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new OrgTreeModel(service, this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_tree(new QTreeView(this))
{
    m_search->setPlaceholderText(tr("Find an organisation by part of its name"));
    m_search->setClearButtonEnabled(true);
    m_results->hide();
    m_results->setMaximumHeight(180);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &OrgPicker::onSearch);
    // A hit the clerk lands on — by typing, the arrow keys or a click — is the choice at once:
    // OK then takes it, never the organisation chosen before the search.
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            choose(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        choose(id);
        Q_EMIT activated(id);
    });
    // Enter in the search box takes the hit at hand; the arrow keys move among the hits.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->isVisible() && m_results->currentItem())
            Q_EMIT activated(m_results->currentItem()->data(Qt::UserRole).toLongLong());
    });
    m_search->installEventFilter(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_current = m_model->idAt(current);
        Q_EMIT currentChanged(m_current);
    });
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_model->idAt(index)); });
    m_tree->expand(m_model->index(0, 0));
}

bool OrgPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrgPicker::choose(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void OrgPicker::onSearch(const QString &text)
{
    m_results->clear();
    for (const OrgPathEntry &hit : m_service.repository().search(text, 30)) {
        if (!hit.active)
            continue;
        auto *item = new QListWidgetItem(hit.path, m_results);
        item->setData(Qt::UserRole, hit.id);
    }
    m_results->setVisible(!text.trimmed().isEmpty());
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}
