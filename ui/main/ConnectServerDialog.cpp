#include "ConnectServerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString hostKey = QStringLiteral("server/host");
const QString portKey = QStringLiteral("server/port");
const QString databaseKey = QStringLiteral("server/database");
const QString userKey = QStringLiteral("server/user");

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to server"));
    auto *intro = new QLabel(tr("The office's shared database on a PostgreSQL server, which several clerks use at once. "
                                "Ask whoever runs the server for these. The password is never saved: left empty, it is "
                                "taken from PGPASSWORD or ~/.pgpass."),
                             this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    const QSettings settings;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setText(settings.value(hostKey, QStringLiteral("localhost")).toString());
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or /run/postgresql"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(portKey, 5432).toInt());
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setText(settings.value(databaseKey).toString());
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setText(settings.value(userKey).toString());
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_host, m_database})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);
    updateButton();
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    resize(520, sizeHint().height());
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    return address;
}

void ConnectServerDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_password->selectAll();
    m_password->setFocus();
}

void ConnectServerDialog::accept()
{
    if (!m_connect->isEnabled())
        return;
    QSettings settings;
    settings.setValue(hostKey, m_host->text().trimmed());
    settings.setValue(portKey, m_port->value());
    settings.setValue(databaseKey, m_database->text().trimmed());
    settings.setValue(userKey, m_user->text().trimmed());
    QDialog::accept();
}

void ConnectServerDialog::updateButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}
