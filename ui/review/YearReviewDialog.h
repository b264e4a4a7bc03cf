#pragma once

#include <QDialog>

class DateLineEdit;
class OrgCombo;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ReviewTableModel;
class Workspace;

/// 述职评议: the year-end review of the sub-districts and communities within the organisation
/// chosen — the year's table, weighed and ranked; the chosen organisation's report and its three
/// scores, entered and saved; the weights of a sub-district (or the district); the sheets
/// (述职评议表) printed as a PDF. Reading and writing the sheets run on a worker.
class YearReviewDialog : public QDialog
{
    Q_OBJECT

public:
    YearReviewDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

    ReviewTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSpinBox *yearBox() const { return m_year; }
    QPlainTextEdit *reportEdit() const { return m_report; }
    QDoubleSpinBox *scoreBox(int which) const { return m_scores[which]; }
    QSpinBox *weightBox(int which) const { return m_weights[which]; }
    QLabel *statusLabel() const { return m_status; }
    /// Reads the year again.
    void refresh();
    /// Saves the chosen organisation's review; false with the reason shown.
    bool saveReview();
    bool saveWeights();
    /// Writes the sheets of the list into path without asking; false with the reason shown.
    bool saveSheets(const QString &path);

private:
    void showChosen();
    void chooseSheetsFile();

    Workspace &m_workspace;
    OrgCombo *m_scope;
    QSpinBox *m_year;
    ReviewTableModel *m_model;
    QTableView *m_table;
    QLabel *m_chosen;
    QPlainTextEdit *m_report;
    QDoubleSpinBox *m_scores[3];
    DateLineEdit *m_reviewedOn;
    QPushButton *m_save;
    QSpinBox *m_weights[3];
    QLabel *m_status;
    qint64 m_orgId = 0;
    int m_version = 0;
    qint64 m_reviewId = 0;
};
