#pragma once

#include <QDialog>

class QTableWidget;
class WhistleCatalogue;

/// 吹哨报到事项: the sub-district's catalogue of whistle matters — each with its whistle (快捷哨,
/// 应急哨, 攻坚哨), the working days the departments have to report done, and the departments it
/// summons ("1+N"). Matters in use are retired, not deleted; departments not yet in the register
/// are added to it by name.
class WhistleCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WhistleCatalogueDialog(WhistleCatalogue &catalogue, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// Saves every row in one transaction; none when one is refused, which is said.
    bool saveAll();
    void addRow();

private:
    void load();
    void setRow(int row, qint64 id, const QString &name, int whistle, int days, const QString &departments, bool retired);

    WhistleCatalogue &m_catalogue;
    QTableWidget *m_table;
};
