#pragma once

#include <QDialog>

class DateLineEdit;
class MemberService;
class RoleService;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Puts a person in a role in an organisation: 网格长, 网格员, 楼栋长, 信息员, 书记, 兼职委员.
class AddRoleDialog : public QDialog
{
    Q_OBJECT

public:
    /// members: when given, the role can be linked to the party member who holds it.
    AddRoleDialog(RoleService &roles, qint64 orgId, bool isGrid, QWidget *parent = nullptr, MemberService *members = nullptr);
    DateLineEdit *untilEdit() const { return m_until; }
    /// Links the role to a member (what the Choose button does after the picker).
    void linkMember(qint64 memberId);
    void accept() override;

private:
    void revalidate();

    RoleService &m_roles;
    qint64 m_orgId;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_unit;
    DateLineEdit *m_started;
    DateLineEdit *m_until;
    MemberService *m_members;
    qint64 m_memberId = 0;
    QLabel *m_member = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
