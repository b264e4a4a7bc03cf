#pragma once

#include <QDialog>

class DateLineEdit;
class OrgService;
class QDialogButtonBox;
class QLabel;

/// Retiring an organisation on a date: says how many below it retire with it, and keeps history.
class RetireOrgDialog : public QDialog
{
    Q_OBJECT

public:
    RetireOrgDialog(OrgService &service, qint64 id, QWidget *parent = nullptr);
    DateLineEdit *dateEdit() const { return m_date; }
    void accept() override;

private:
    void revalidate();

    OrgService &m_service;
    qint64 m_id;
    DateLineEdit *m_date;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
