#pragma once

#include <QWidget>

class OrgService;
class OrgTreeModel;
class QLineEdit;
class QListWidget;
class QTreeView;

/// Choosing one organisation: a search box that finds any by part of its name, and the tree.
class OrgPicker : public QWidget
{
    Q_OBJECT

public:
    explicit OrgPicker(OrgService &service, QWidget *parent = nullptr);

    qint64 currentId() const { return m_current; }
    /// Selects id in the tree as if the clerk had picked it.
    void choose(qint64 id);
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void currentChanged(qint64 id);
    /// Double-click or Enter on an organisation, or Enter in the search box on a hit.
    void activated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearch(const QString &text);

    OrgService &m_service;
    OrgTreeModel *m_model;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTreeView *m_tree;
    qint64 m_current = 0;
};
