#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class QComboBox;
class QLineEdit;
class Workspace;

/// A review of a project in its rhythm: weekly scheduling, monthly bulletin, quarterly review,
/// annual assessment.
class ReviewDialog : public FormDialog
{
    Q_OBJECT

public:
    ReviewDialog(Workspace &workspace, qint64 projectId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    qint64 m_projectId;
    QComboBox *m_kind;
    DateLineEdit *m_on;
    QLineEdit *m_note;
};
