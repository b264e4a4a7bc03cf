#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

/// Recording an inspection of an organisation's party-building work (党建工作巡查): when, by whom,
/// what was found, and the follow-up tasks it sets (one per line, due by one day).
class InspectionDialog : public FormDialog
{
    Q_OBJECT

public:
    InspectionDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

    QLineEdit *inspectorsEdit() const { return m_inspectors; }
    QPlainTextEdit *findingsEdit() const { return m_findings; }
    QPlainTextEdit *tasksEdit() const { return m_tasks; }

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    QStringList followUps() const;

    Workspace &m_workspace;
    OrgCombo *m_org;
    DateLineEdit *m_on;
    QLineEdit *m_inspectors;
    QPlainTextEdit *m_findings;
    QPlainTextEdit *m_tasks;
    DateLineEdit *m_due;
};
