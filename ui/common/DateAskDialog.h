#pragma once

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QDialogButtonBox;
class QLabel;

/// Asks for one date (of a transfer, a death, the end of a role): today by default, never later.
class DateAskDialog : public QDialog
{
    Q_OBJECT

public:
    DateAskDialog(const QString &title, const QString &question, QWidget *parent = nullptr);
    QDate date() const;
    DateLineEdit *dateEdit() const { return m_date; }

private:
    void revalidate();

    DateLineEdit *m_date;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
