#include "FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_district(new QLineEdit(this))
    , m_subdistrict(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_create(new QPushButton(tr("&Create"), this))
    , m_demo(new QPushButton(tr("Load &demo data (Yingjiang district)"), this))
{
    setWindowTitle(tr("Welcome to ZongHeng"));
    auto *intro = new QLabel(tr("This database is new. Give the names of your district and sub-district to begin, "
                                "or load the demo data to look around first."),
                             this);
    intro->setWordWrap(true);
    m_district->setObjectName(QStringLiteral("districtEdit"));
    m_district->setPlaceholderText(tr("e.g. 迎江区"));
    m_subdistrict->setObjectName(QStringLiteral("subdistrictEdit"));
    m_subdistrict->setPlaceholderText(tr("e.g. 新河路街道 (leave empty for a district office)"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Dis&trict:"), m_district);
    form->addRow(tr("&Sub-district:"), m_subdistrict);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_demo, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_district, &QLineEdit::textChanged, this, &FirstRunDialog::revalidate);
    connect(m_subdistrict, &QLineEdit::textChanged, this, &FirstRunDialog::revalidate);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Names;
        accept();
    });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    revalidate();
    resize(480, sizeHint().height());
}

QString FirstRunDialog::district() const
{
    return m_district->text().trimmed();
}

QString FirstRunDialog::subdistrict() const
{
    return m_subdistrict->text().trimmed();
}

void FirstRunDialog::revalidate()
{
    QString problem;
    if (district().contains(QLatin1Char('/')) || subdistrict().contains(QLatin1Char('/')))
        problem = tr("Names may not contain \"/\".");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_create->setEnabled(!district().isEmpty() && problem.isEmpty());
}
