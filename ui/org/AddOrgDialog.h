#pragma once

#include <QDialog>

class OrgForm;
class OrgService;
class QDialogButtonBox;
class QLabel;

/// Adds an organisation under a parent: the same form as the page, with only the kinds allowed
/// there. Stays open with the service's message when the service refuses.
class AddOrgDialog : public QDialog
{
    Q_OBJECT

public:
    AddOrgDialog(OrgService &service, qint64 parentId, QWidget *parent = nullptr);

    /// The id of the organisation added, once accepted.
    qint64 addedId() const { return m_addedId; }
    OrgForm *form() const { return m_form; }

    void accept() override;

private:
    OrgService &m_service;
    qint64 m_parentId;
    qint64 m_addedId = 0;
    OrgForm *m_form;
    QLabel *m_refusal;
    QDialogButtonBox *m_buttons;
};
