#pragma once

#include <QDialog>

class DateLineEdit;
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
    AddRoleDialog(RoleService &roles, qint64 orgId, bool isGrid, QWidget *parent = nullptr);
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
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
