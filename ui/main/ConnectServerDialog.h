#pragma once

#include "store/ServerAddress.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

/// File › Connect to server…: where the office's database on a PostgreSQL server is — host,
/// port, database, user — and the password. The four are remembered for next time; the password
/// never is: left empty, it comes from PGPASSWORD or ~/.pgpass as for every PostgreSQL program.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    /// What was entered, the password included.
    ServerAddress address() const;
    /// Shown above the fields when a first try failed (a wrong password, a server not there).
    void setProblem(const QString &problem);

    void accept() override;

private:
    void updateButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    class QLabel *m_problem;
    QPushButton *m_connect;
};
