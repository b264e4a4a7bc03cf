#pragma once

#include <QDialog>

class DateLineEdit;
class GridStaffScoreModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class Workspace;

/// 网格员走访与考核 for the organisation chosen in the tree: the grid staff's assessment of a
/// quarter (weekly hours, items raised, on time, satisfaction, by the sub-district's weights,
/// ranked), printable; the weights; and the visits, with a row to log one.
class GridStaffDialog : public QDialog
{
    Q_OBJECT

public:
    GridStaffDialog(Workspace &workspace, qint64 orgId, QWidget *parent = nullptr);
    GridStaffScoreModel *scores() const { return m_scores; }
    QLineEdit *quarterEdit() const { return m_quarter; }
    /// The assessment as HTML, as printed.
    QString html() const;
    /// Logs the visit the form holds; false (with the reason shown) when refused.
    bool logVisit();

private:
    void refresh();
    void saveWeights();
    void print();

    Workspace &m_workspace;
    qint64 m_orgId;
    qint64 m_subdistrict = 0;
    QLineEdit *m_quarter;
    QLabel *m_problem;
    GridStaffScoreModel *m_scores;
    QSpinBox *m_weights[4];
    QTableWidget *m_visits;
    QComboBox *m_staff;
    DateLineEdit *m_visitDay;
    QDoubleSpinBox *m_hours;
    QSpinBox *m_households;
    QLineEdit *m_note;
};
