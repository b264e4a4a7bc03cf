#pragma once

#include <QWidget>

class MemberFilterBar;
class MemberForm;
class MemberTableModel;
class PointsPanel;
class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class Workspace;

/// The members page: the members of the organisation chosen in the tree (and everything below
/// it) in a table that reads as it scrolls, filters above, the selected member's form and
/// service points on the right, and import and ranking.
class MembersPage : public QWidget
{
    Q_OBJECT

public:
    explicit MembersPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the members of orgId's subtree; read when the page is shown.
    void setScope(qint64 orgId);
    qint64 scope() const { return m_scope; }
    void showMember(qint64 id);
    qint64 currentMemberId() const { return m_memberId; }

    MemberTableModel *model() const { return m_model; }
    MemberFilterBar *filterBar() const { return m_filters; }
    MemberForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }
    PointsPanel *pointsPanel() const { return m_points; }
    QLabel *countLabel() const { return m_count; }
    QList<QAction *> pageActions() const;

    /// Starts a new member (in the chosen branch when it can take members).
    void newMember();
    bool save();
    bool hasUnsavedChanges() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateCount();
    void updateActions();
    void loadMember(qint64 id);
    bool confirmLeaving();
    void setStatus(int status);
    void removeMember();
    void importMembers();
    void showRanking();
    void showFeedbackCards();

    Workspace &m_workspace;
    qint64 m_scope = 0;
    bool m_scopeDirty = true;
    qint64 m_memberId = 0;
    QLabel *m_title;
    MemberFilterBar *m_filters;
    QLabel *m_count;
    MemberTableModel *m_model;
    QTableView *m_table;
    MemberForm *m_form;
    PointsPanel *m_points;
    QSplitter *m_splitter;
    QPushButton *m_save;
    QPushButton *m_revert;
    QAction *m_newAction;
    QAction *m_transferAction;
    QAction *m_deceasedAction;
    QAction *m_reactivateAction;
    QAction *m_removeAction;
    QAction *m_importAction;
    QAction *m_cardsAction;
    QAction *m_rankingAction;
};
