#pragma once

#include "cobuild/CobuildRecords.h"
#include "common/FormDialog.h"

class OrgCombo;
class QComboBox;
class QLineEdit;
class Workspace;

/// Adding a resident unit, or changing one.
class UnitDialog : public FormDialog
{
    Q_OBJECT

public:
    /// unit.id == 0: a new unit.
    UnitDialog(Workspace &workspace, const Unit &unit, qint64 scopeId, QWidget *parent = nullptr);

protected:
    Result<qint64> submit() override;
    QString missing() const override;

private:
    Workspace &m_workspace;
    qint64 m_id;
    int m_version; ///< the unit's version when the dialog opened: a change made meanwhile is not written over
    QLineEdit *m_name;
    QComboBox *m_type;
    OrgCombo *m_org;
    QLineEdit *m_address;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_partyOrg;
    QLineEdit *m_secretary;
};
