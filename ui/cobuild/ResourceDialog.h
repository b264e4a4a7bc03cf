#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class QComboBox;
class QLineEdit;
class Workspace;

/// A unit offers a resource (资源清单) for a period.
class ResourceDialog : public FormDialog
{
    Q_OBJECT

public:
    ResourceDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    QComboBox *m_unit;
    QComboBox *m_category;
    QLineEdit *m_title;
    QLineEdit *m_capacity;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
};
