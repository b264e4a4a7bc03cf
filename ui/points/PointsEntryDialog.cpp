#include "PointsEntryDialog.h"

#include "common/DateLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PointsEntryDialog::PointsEntryDialog(Kind kind, int balance, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_balance(balance)
    , m_date(new DateLineEdit(this))
    , m_points(new QSpinBox(this))
    , m_text(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_points->setObjectName(QStringLiteral("pointsSpin"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_date->setDate(QDate::currentDate());
    m_points->setRange(1, 10000);
    m_points->setValue(kind == Kind::Redemption ? std::min(10, std::max(1, balance)) : 10);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Points:"), m_points);
    switch (kind) {
    case Kind::Award:
        setWindowTitle(tr("Award service points"));
        form->addRow(tr("&Reason:"), m_text);
        m_text->setPlaceholderText(tr("e.g. 参加社区志愿服务"));
        break;
    case Kind::Redemption:
        setWindowTitle(tr("Redeem service points"));
        form->addRow(tr("&Item:"), m_text);
        m_text->setPlaceholderText(tr("e.g. 洗衣液"));
        form->addRow(tr("Balance:"), new QLabel(tr("%Ln point(s)", nullptr, balance), this));
        break;
    case Kind::Reversal:
        setWindowTitle(tr("Reverse a points entry"));
        form->addRow(tr("&Reason:"), m_text);
        m_text->setPlaceholderText(tr("why the entry was a mistake"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &DateLineEdit::dateEdited, this, &PointsEntryDialog::revalidate);
    connect(m_points, &QSpinBox::valueChanged, this, &PointsEntryDialog::revalidate);
    connect(m_text, &QLineEdit::textChanged, this, &PointsEntryDialog::revalidate);
    revalidate();
    m_text->setFocus();
    // Room for a reason as the clerk writes it, and for the placeholder in either language.
    m_text->setMinimumWidth(std::max(280, m_text->fontMetrics().horizontalAdvance(m_text->placeholderText()) + 24));
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

QDate PointsEntryDialog::date() const
{
    return m_date->date();
}

int PointsEntryDialog::points() const
{
    return m_points->value();
}

QString PointsEntryDialog::text() const
{
    return m_text->text().trimmed();
}

void PointsEntryDialog::setFixedPoints(int points)
{
    m_points->setRange(points, points);
    m_points->setValue(points);
    m_points->setEnabled(false);
}

void PointsEntryDialog::revalidate()
{
    QString problem;
    if (!date().isValid())
        problem = tr("Give the date.");
    else if (date() > QDate::currentDate())
        problem = tr("The date may not lie in the future.");
    else if (m_kind == Kind::Redemption && points() > m_balance)
        problem = tr("The balance is %1 points; %2 cannot be redeemed.").arg(m_balance).arg(points());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !text().isEmpty());
}
