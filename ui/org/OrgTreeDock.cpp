#include "OrgTreeDock.h"

#include "OrgTreeView.h"
#include "org/OrgService.h"
#include "org/OrgTreeModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

OrgTreeDock::OrgTreeDock(OrgService &service, QWidget *parent)
    : QDockWidget(parent)
    , m_service(service)
    , m_model(new OrgTreeModel(service, this))
{
    setObjectName(QStringLiteral("organisationDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *content = new QWidget(this);
    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("organisationSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_results = new QListWidget(content);
    m_results->setObjectName(QStringLiteral("organisationSearchResults"));
    m_results->hide();
    m_results->setMaximumHeight(220);
    m_view = new OrgTreeView(service, m_model, content);
    m_view->setObjectName(QStringLiteral("organisationTree"));
    m_showRetired = new QCheckBox(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_showRetired);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, this, &OrgTreeDock::onSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { takeResult(0); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { takeResult(m_results->row(item)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(m_model->idAt(current)); });
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        const qint64 keep = currentId();
        m_model->setShowRetired(show);
        reveal(keep ? keep : m_service.repository().rootId());
    });
    connect(m_model, &OrgTreeModel::moveRefused, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Move refused"), message); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // After a reload the top stays open and the selection is not lost: the node again, or
        // the nearest of its ancestors still shown.
        m_view->expand(m_model->index(0, 0));
        const QList<qint64> lineage = m_service.repository().lineage(m_keep);
        for (auto it = lineage.crbegin(); it != lineage.crend(); ++it) {
            if (m_model->indexOf(*it).isValid()) {
                reveal(*it);
                return;
            }
        }
    });
    retranslate();
}

void OrgTreeDock::retranslate()
{
    setWindowTitle(tr("Organisations"));
    m_search->setPlaceholderText(tr("Find an organisation (Ctrl+F)"));
    m_showRetired->setText(tr("Show retired organisations"));
}

void OrgTreeDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

qint64 OrgTreeDock::currentId() const
{
    return m_model->idAt(m_view->currentIndex());
}

void OrgTreeDock::reveal(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_view->expand(up);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void OrgTreeDock::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrgTreeDock::onSearch(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_results->hide();
        return;
    }
    const auto hits = m_service.repository().search(text, 50);
    for (const OrgPathEntry &hit : hits) {
        const qsizetype cut = hit.path.lastIndexOf(QLatin1Char('/'));
        const QString where = cut > 0 ? hit.path.left(cut) : QString();
        QString label = hit.name;
        if (!where.isEmpty())
            label += QStringLiteral("  —  ") + where;
        if (!hit.active)
            label += QLatin1Char(' ') + tr("(retired)");
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(Qt::UserRole, hit.id);
        item->setToolTip(hit.path);
    }
    if (hits.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No organisation's name contains \"%1\".").arg(text.trimmed()), m_results);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
    m_results->show();
}

void OrgTreeDock::takeResult(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (!m_model->showsRetired() && !m_service.repository().node(id).value_or(OrgNodeInfo{}).active)
        m_showRetired->setChecked(true);
    m_search->clear();
    reveal(id);
    m_view->setFocus(Qt::OtherFocusReason);
}

bool OrgTreeDock::eventFilter(QObject *watched, QEvent *event)
{
    // Down and Up walk the results while the cursor stays in the search box.
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_results->currentRow() + step, 0, int(m_results->count()) - 1);
            m_results->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            takeResult(std::max(0, m_results->currentRow()));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}
