#pragma once

#include <QDialog>

class MemberService;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

/// Finding one member by part of the name (or phone), among the members of a subtree.
class MemberPickerDialog : public QDialog
{
    Q_OBJECT

public:
    MemberPickerDialog(MemberService &members, qint64 scopeOrgId, const QString &title, QWidget *parent = nullptr);
    qint64 chosenId() const { return m_chosen; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultsList() const { return m_results; }

private:
    void search();

    MemberService &m_members;
    qint64 m_scope;
    qint64 m_chosen = 0;
    QLineEdit *m_search;
    QListWidget *m_results;
    QDialogButtonBox *m_buttons;
};
