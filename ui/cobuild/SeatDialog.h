#pragma once

#include "common/FormDialog.h"

class DateLineEdit;
class OrgCombo;
class QLineEdit;
class Workspace;

/// A unit takes a seat in a sub-district's 大工委 or a community's 大党委 and names the part-time
/// committee member (兼职委员) it sends, with the term.
class SeatDialog : public FormDialog
{
    Q_OBJECT

public:
    SeatDialog(Workspace &workspace, qint64 unitId, const QString &unitName, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    qint64 m_unitId;
    OrgCombo *m_org;
    QLineEdit *m_person;
    QLineEdit *m_phone;
    DateLineEdit *m_joined;
    DateLineEdit *m_termEnds;
};
