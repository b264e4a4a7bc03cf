#pragma once

#include "cobuild/CobuildList.h"

#include <QWidget>

class CobuildTableModel;
class Database;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

/// One tab of the co-building page: a list with a search box and the buttons that act on it,
/// the selected record's detail on the right (with a chart or a table below it when given).
class CobuildListTab : public QWidget
{
    Q_OBJECT

public:
    CobuildListTab(const Database &database, CobuildList list, QWidget *parent = nullptr);

    CobuildList list() const { return m_list; }
    CobuildTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLineEdit *searchEdit() const { return m_search; }

    /// Adds a button acting on the list (or on its selected record).
    void addButton(QWidget *button);
    /// Adds a widget under the detail (a chart, a table).
    void addSideWidget(QWidget *widget, int stretch = 1);
    qint64 currentId() const;
    void select(qint64 id);
    void setScope(qint64 orgId);
    void reload();

Q_SIGNALS:
    void currentChanged(qint64 id);

private:
    CobuildList m_list;
    CobuildTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QSplitter *m_splitter;
    QVBoxLayout *m_buttons;
    QVBoxLayout *m_side;
};
