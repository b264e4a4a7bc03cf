#pragma once

#include <QDialog>

class NeedService;
class QLabel;
class QTableWidget;

/// The categories that needs and resources share (清单分类): add, rename, retire or bring back.
/// A category in use is retired, never deleted, so old needs keep theirs.
class ListCategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ListCategoriesDialog(NeedService &needs, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Saves every row; stops at the first the service refuses and shows why.
    bool saveAll();

private:
    void load();

    NeedService &m_needs;
    QTableWidget *m_table;
    QLabel *m_problem;
};
