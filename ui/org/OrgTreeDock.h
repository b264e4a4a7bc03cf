#pragma once

#include <QDockWidget>

class OrgService;
class OrgTreeModel;
class OrgTreeView;
class QCheckBox;
class QLineEdit;
class QListWidget;

/// The organisation tree on the left, with a search box above it that finds any organisation by
/// part of its name and reveals it in the tree. The selected node scopes the pages.
class OrgTreeDock : public QDockWidget
{
    Q_OBJECT

public:
    OrgTreeDock(OrgService &service, QWidget *parent = nullptr);

    qint64 currentId() const;
    /// Selects id in the tree, expanding its ancestors, and scrolls to it.
    void reveal(qint64 id);
    /// Puts the cursor in the search box.
    void focusSearch();

    OrgTreeModel *model() const { return m_model; }
    OrgTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultsList() const { return m_results; }

Q_SIGNALS:
    void currentChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onSearch(const QString &text);
    void takeResult(int row);

    OrgService &m_service;
    OrgTreeModel *m_model;
    QLineEdit *m_search;
    QListWidget *m_results;
    OrgTreeView *m_view;
    QCheckBox *m_showRetired;
    qint64 m_keep = 0; ///< the selection across a reload
};
