#pragma once

#include <QGroupBox>

class MemberService;
class RoleService;
class RoleTableModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

/// The people in roles in the organisation shown on the organisation page, and for a grid
/// whether its "1+3" (one grid head, three grid workers) is complete.
class StaffBox : public QGroupBox
{
    Q_OBJECT

public:
    /// members: to link a role to the party member who holds it (may be null).
    StaffBox(RoleService &roles, MemberService *members, QWidget *parent = nullptr);

    void setOrganisation(qint64 orgId, bool isGrid, bool active);
    QLabel *staffingLabel() const { return m_staffing; }
    RoleTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void addRole();
    void endRole();

    RoleService &m_roles;
    MemberService *m_members;
    qint64 m_orgId = 0;
    bool m_isGrid = false;
    bool m_active = false;
    RoleTableModel *m_model;
    QLabel *m_staffing;
    QTableView *m_table;
    QCheckBox *m_showEnded;
    QPushButton *m_add;
    QPushButton *m_end;
};
