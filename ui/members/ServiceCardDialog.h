#pragma once

#include "exchange/Quarter.h"

#include <QDialog>

class OrgCombo;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class Workspace;

/// 双联双管: the quarterly feedback cards of the in-service members reporting to a community (or
/// anywhere in a sub-district), for the party organisations of their employers — choose the
/// quarter and the employer, then preview and print them, or save them as PDFs (a file per
/// employer, or per member). Gathering and writing run on a worker, with progress and Cancel.
class ServiceCardDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceCardDialog(Workspace &workspace, qint64 scopeId, QWidget *parent = nullptr);

    Quarter quarter() const;
    void setQuarter(const Quarter &quarter);
    qint64 organisation() const;
    /// The employer chosen; empty for every employer.
    QString employer() const;
    QComboBox *employerCombo() const { return m_employer; }
    QCheckBox *perMemberBox() const { return m_perMember; }
    QLabel *statusLabel() const { return m_status; }
    /// Writes the PDFs into folder without asking (for tests and scripts); false with a message shown.
    bool saveTo(const QString &folder);

private:
    void fillEmployers();
    void preview();
    void chooseFolder();

    Workspace &m_workspace;
    OrgCombo *m_org;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    QComboBox *m_employer;
    QCheckBox *m_perMember;
    QLabel *m_status;
};
