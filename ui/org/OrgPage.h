#pragma once

#include <QWidget>

class OrgChildrenModel;
class OrgForm;
class HouseholdBox;
class MemberService;
class OrgService;
class RoleService;
class StaffBox;
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

/// The organisation page: the selected organisation's form on the right, its direct children with
/// their figures on the left, and the actions on it (save, add below, move, retire, delete).
class OrgPage : public QWidget
{
    Q_OBJECT

public:
    OrgPage(OrgService &service, RoleService &roles, MemberService &members, QWidget *parent = nullptr);

    /// Shows organisation id; asks first when the form holds unsaved changes.
    void showOrganisation(qint64 id);
    qint64 currentId() const { return m_pendingId >= 0 ? m_pendingId : m_id; }

    OrgForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QTableView *childrenView() const { return m_children; }
    StaffBox *staffBox() const { return m_staff; }
    HouseholdBox *householdBox() const { return m_household; }

    bool save();
    void addChild();
    void moveCurrent();
    void retireCurrent();
    void reinstateCurrent();
    void removeCurrent();

    QList<QAction *> pageActions() const;

Q_SIGNALS:
    /// The clerk asked to go to another organisation (a double-clicked child, a moved node).
    void organisationRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void load(qint64 id);
    void updateActions();

    OrgService &m_service;
    qint64 m_id = 0;
    qint64 m_pendingId = -1; ///< chosen while the page was hidden; loaded when it shows
    QLabel *m_title;
    OrgForm *m_form;
    OrgChildrenModel *m_childrenModel;
    QTableView *m_children;
    QLabel *m_childrenTitle;
    StaffBox *m_staff;
    HouseholdBox *m_household;
    QSplitter *m_splitter;
    QPushButton *m_save;
    QPushButton *m_revert;
    QAction *m_addAction;
    QAction *m_moveAction;
    QAction *m_retireAction;
    QAction *m_reinstateAction;
    QAction *m_removeAction;
    QPushButton *m_addButton;
    QPushButton *m_moveButton;
    QPushButton *m_retireButton;
    QPushButton *m_reinstateButton;
    QPushButton *m_removeButton;
};
