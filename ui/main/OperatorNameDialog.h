#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

/// Asked once, at the first start: the clerk's name, which signs every step recorded in the
/// ledger's history. Until it is given, the computer's user name stands in.
class OperatorNameDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OperatorNameDialog(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }

    void accept() override;

private:
    QLineEdit *m_name;
    QPushButton *m_save;
};
