#pragma once

#include "members/Member.h"
#include "members/MemberValidator.h"

#include <QWidget>

class DateLineEdit;
class MemberService;
class OrgService;
class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/// A member's own form — the one place the full ID number shows. Checked as the clerk types; a
/// valid ID number fills in the birth date and gender, which are then checked against it.
class MemberForm : public QWidget
{
    Q_OBJECT

public:
    MemberForm(MemberService &members, OrgService &organisations, QWidget *parent = nullptr);

    void setMember(const Member &member);
    Member member() const;

    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    /// The label that names what keeps the member from being saved. The form shows it below its
    /// fields; a host that scrolls the form takes it out, to keep it in sight beside its buttons.
    QLabel *takeProblemsLabel();

    /// Sets the branch as if chosen in the picker (also used for a new member's default).
    void setBranch(qint64 orgId);
    void setReportedTo(qint64 orgId);

Q_SIGNALS:
    void edited();
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void onEdited();
    void onIdNumberEdited();
    void revalidate();
    void updateCategoryRows();
    void updateProbation();
    void chooseBranch();
    void chooseReportedTo();
    QWidget *fieldFor(MemberValidator::Field field) const;

    MemberService &m_members;
    OrgService &m_organisations;
    Member m_original;
    qint64 m_branchId = 0;
    qint64 m_reportedToId = 0;
    QStringList m_problems;
    bool m_modified = false;
    bool m_valid = true;

    QFormLayout *m_layout = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_idNumber = nullptr;
    DateLineEdit *m_birth = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QComboBox *m_education = nullptr;
    QLineEdit *m_branch = nullptr;
    QPushButton *m_chooseBranch = nullptr;
    DateLineEdit *m_joined = nullptr;
    DateLineEdit *m_fullMember = nullptr;
    QLabel *m_probation = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_flowingWhere = nullptr;
    DateLineEdit *m_flowingSince = nullptr;
    QLineEdit *m_employer = nullptr;
    QLineEdit *m_reportedTo = nullptr;
    QPushButton *m_chooseReportedTo = nullptr;
    DateLineEdit *m_reportedOn = nullptr;
    QLineEdit *m_serviceHours = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_messages = nullptr;
    QVBoxLayout *m_outer = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
};
