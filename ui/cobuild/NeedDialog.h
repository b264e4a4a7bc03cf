#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

/// Posting a need (需求清单) of a community or grid.
class NeedDialog : public FormDialog
{
    Q_OBJECT

public:
    NeedDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

    OrgCombo *orgCombo() const { return m_org; }
    QComboBox *categoryCombo() const { return m_category; }
    QLineEdit *titleEdit() const { return m_title; }
    DateLineEdit *postedEdit() const { return m_posted; }

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    OrgCombo *m_org;
    QComboBox *m_category;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    DateLineEdit *m_posted;
};
