#pragma once

#include <QGroupBox>

class MemberService;
class OrgService;
class QLabel;
class QPushButton;

/// On a party-member central household's page: the member whose home it is, and linking another.
class HouseholdBox : public QGroupBox
{
    Q_OBJECT

public:
    HouseholdBox(OrgService &organisations, MemberService &members, QWidget *parent = nullptr);

    void setHousehold(qint64 householdId);
    QLabel *memberLabel() const { return m_member; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void link();
    void unlink();

    OrgService &m_organisations;
    MemberService &m_members;
    qint64 m_household = 0;
    QLabel *m_member;
    QPushButton *m_link;
    QPushButton *m_unlink;
};
