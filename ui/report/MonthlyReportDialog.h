#pragma once

#include <QDialog>

class OrgCombo;
class QComboBox;
class QLabel;
class QSpinBox;
class Workspace;

/// The monthly report (月报): choose the organisation and the month, then preview and print it, or
/// save it as a PDF.
class MonthlyReportDialog : public QDialog
{
    Q_OBJECT

public:
    MonthlyReportDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

    QDate month() const;
    qint64 organisation() const;
    QComboBox *layoutCombo() const { return m_layout; }
    /// Writes the PDF without asking where (for tests and scripts); false with a message shown.
    bool savePdf(const QString &path);

private:
    void preview();
    void saveAs();

    Workspace &m_workspace;
    OrgCombo *m_org;
    QSpinBox *m_year;
    QComboBox *m_month;
    QComboBox *m_layout;
    QLabel *m_status;
};
