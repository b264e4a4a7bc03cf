#include "MoveOrgDialog.h"

#include "org/OrgService.h"
#include "org/OrgTreeModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

MoveOrgDialog::MoveOrgDialog(OrgService &service, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(id)
    , m_model(new OrgTreeModel(service, this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_tree(new QTreeView(this))
    , m_verdict(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const auto node = service.repository().node(id);
    setWindowTitle(tr("Move %1 to…").arg(node ? node->name : QString()));
    m_search->setPlaceholderText(tr("Find the new organisation above by name"));
    m_search->setClearButtonEnabled(true);
    m_results->hide();
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_verdict->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &MoveOrgDialog::onSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        chooseTarget(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTargetChosen(m_model->idAt(current)); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveOrgDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveOrgDialog::reject);

    // Start at the current parent, so that siblings and cousins are at hand.
    if (node)
        m_tree->setCurrentIndex(m_model->indexOf(node->parentId));
    resize(480, 560);
}

void MoveOrgDialog::onSearch(const QString &text)
{
    m_results->clear();
    const auto hits = m_service.repository().search(text, 30);
    for (const OrgPathEntry &hit : hits) {
        if (!hit.active)
            continue;
        auto *item = new QListWidgetItem(hit.path, m_results);
        item->setData(Qt::UserRole, hit.id);
    }
    m_results->setVisible(!text.trimmed().isEmpty());
}

void MoveOrgDialog::chooseTarget(qint64 targetId)
{
    const QModelIndex index = m_model->indexOf(targetId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    onTargetChosen(targetId);
}

void MoveOrgDialog::onTargetChosen(qint64 targetId)
{
    m_targetId = targetId;
    const Outcome allowed = m_service.canMove(m_id, targetId);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(allowed.ok());
    if (allowed) {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(tr("It will move under %1.").arg(m_service.repository().path(targetId)));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_verdict->setText(allowed.error());
    }
}

void MoveOrgDialog::accept()
{
    const Outcome moved = m_service.move(m_id, m_targetId);
    if (!moved) {
        m_verdict->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_verdict->setText(moved.error());
        return;
    }
    QDialog::accept();
}
