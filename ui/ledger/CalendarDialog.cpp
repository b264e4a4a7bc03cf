#include "CalendarDialog.h"

#include "calendar/CalendarRepository.h"
#include "core/IsoDate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

CalendarDialog::CalendarDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_calendar(std::make_unique<CalendarRepository>(database))
    , m_year(new QSpinBox(this))
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Holiday calendar"));
    m_year->setRange(2000, 2100);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Year:"), this);
    label->setBuddy(m_year);
    top->addWidget(label);
    top->addWidget(m_year);
    top->addStretch();
    auto *help = new QLabel(tr("Monday to Friday are working days except the holidays listed; a make-up working day "
                               "(调休上班) on a weekend is one. Import next year's notice as a CSV file with the columns "
                               "date,kind,name (kind: holiday or workday)."),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *import = buttons->addButton(tr("&Import a year…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarDialog::showYear);
    connect(import, &QPushButton::clicked, this, &CalendarDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_year->setValue(QDate::currentDate().year());
    showYear(m_year->value());
    resize(460, 520);
}

CalendarDialog::~CalendarDialog() = default;

void CalendarDialog::showYear(int year)
{
    const auto days = m_calendar->year(year);
    m_table->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const CalendarDay &day = days.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(IsoDate::format(day.date)));
        m_table->setItem(row, 1, new QTableWidgetItem(day.holiday ? tr("Holiday") : tr("Make-up working day")));
        m_table->setItem(row, 2, new QTableWidgetItem(day.name));
    }
    m_table->resizeColumnsToContents();
}

void CalendarDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), QDir::homePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool CalendarDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Not imported"), tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    QList<CalendarRepository::Problem> problems;
    const auto written = m_calendar->importCsv(file.readAll(), &problems);
    if (!written) {
        QStringList lines;
        for (const auto &problem : problems)
            lines.append(tr("line %1: %2").arg(problem.line).arg(problem.message));
        QMessageBox::warning(this, tr("Not imported"), written.error() + QStringLiteral("\n\n") + lines.mid(0, 20).join(QLatin1Char('\n')));
        return false;
    }
    QMessageBox::information(this, tr("Imported"), tr("%Ln day(s) imported.", nullptr, written.value()));
    showYear(m_year->value());
    return true;
}
