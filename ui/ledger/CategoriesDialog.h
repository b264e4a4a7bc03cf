#pragma once

#include <QDialog>

class LedgerService;
class QTableWidget;

/// 分类与办理时限: the ledger's categories, their time limits in working days per urgency, and the
/// service points completing an item earns. Categories in use are retired, not deleted.
class CategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CategoriesDialog(LedgerService &ledger, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// Saves every row; stops at the first the service refuses and says why.
    bool saveAll();

private:
    void load();
    void addRow();

    LedgerService &m_ledger;
    QTableWidget *m_table;
};
