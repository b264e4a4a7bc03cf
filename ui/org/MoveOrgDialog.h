#pragma once

#include <QDialog>

class OrgPicker;
class OrgService;
class QDialogButtonBox;
class QLabel;

/// "Move to…": pick the new organisation above, by tree or by search. The rules are checked as
/// the target is chosen; a move they forbid cannot be confirmed and the reason is shown.
class MoveOrgDialog : public QDialog
{
    Q_OBJECT

public:
    MoveOrgDialog(OrgService &service, qint64 id, QWidget *parent = nullptr);

    qint64 targetId() const { return m_targetId; }
    /// Chooses a target as if the clerk had clicked it.
    void chooseTarget(qint64 targetId);

    void accept() override;

private:
    void onTargetChosen(qint64 targetId);

    OrgService &m_service;
    qint64 m_id;
    qint64 m_targetId = 0;
    OrgPicker *m_picker;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
};
