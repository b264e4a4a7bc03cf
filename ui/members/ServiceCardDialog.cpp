#include "ServiceCardDialog.h"

#include "app/Workspace.h"
#include "common/JobProgress.h"
#include "common/OrgCombo.h"
#include "members/ServiceCards.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"
#include "report/ServiceCardDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

ServiceCardDialog::ServiceCardDialog(Workspace &workspace, qint64 scopeId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_org(new OrgCombo(workspace.organisations(), {OrgKind::District, OrgKind::Subdistrict, OrgKind::Community}, scopeId, this))
    , m_year(new QSpinBox(this))
    , m_quarter(new QComboBox(this))
    , m_employer(new QComboBox(this))
    , m_perMember(new QCheckBox(tr("A file for each &member (else one per employer)"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("In-service members' feedback cards"));
    // Chosen in the tree: a grid or below stands for its community.
    const OrgRepository &organisations = workspace.organisations().repository();
    const QList<qint64> lineage = organisations.lineage(scopeId);
    for (auto it = lineage.crbegin(); it != lineage.crend(); ++it) {
        const auto node = organisations.node(*it);
        if (node && (node->kind == OrgKind::Community || node->kind == OrgKind::Subdistrict || node->kind == OrgKind::District)) {
            m_org->setCurrentId(*it);
            break;
        }
    }
    if (!m_org->currentId() && m_org->count() > 0)
        m_org->setCurrentIndex(0);
    m_org->setObjectName(QStringLiteral("cardOrgCombo"));
    m_year->setObjectName(QStringLiteral("cardYear"));
    m_quarter->setObjectName(QStringLiteral("cardQuarter"));
    m_employer->setObjectName(QStringLiteral("employerCombo"));
    m_perMember->setObjectName(QStringLiteral("perMemberBox"));
    m_year->setRange(2000, 2100);
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    // The quarter just ended by default: the cards go out at the start of the next one.
    setQuarter(Quarter::containing(QDate::currentDate().addMonths(-3)));
    auto *when = new QHBoxLayout;
    when->addWidget(m_year);
    when->addWidget(m_quarter, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reported to:"), m_org);
    form->addRow(tr("&Quarter:"), when);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(when)))
        label->setBuddy(m_year);
    form->addRow(tr("&Employer:"), m_employer);
    form->addRow(QString(), m_perMember);
    connect(m_org, &QComboBox::currentIndexChanged, this, &ServiceCardDialog::fillEmployers);
    connect(m_year, &QSpinBox::valueChanged, this, &ServiceCardDialog::fillEmployers);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ServiceCardDialog::fillEmployers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ServiceCardDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ServiceCardDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *intro = new QLabel(tr("What each in-service member did in the community in the quarter — activities, hours, "
                                "ledger items, service points — for the party organisation of their employer (双联双管)."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fillEmployers();
}

Quarter ServiceCardDialog::quarter() const
{
    return Quarter{m_year->value(), m_quarter->currentData().toInt()};
}

void ServiceCardDialog::setQuarter(const Quarter &quarter)
{
    m_year->setValue(quarter.year);
    m_quarter->setCurrentIndex(quarter.number - 1);
}

qint64 ServiceCardDialog::organisation() const
{
    return m_org->currentId();
}

QString ServiceCardDialog::employer() const
{
    return m_employer->currentData().toString();
}

void ServiceCardDialog::fillEmployers()
{
    const QString chosen = employer();
    m_employer->clear();
    m_employer->addItem(tr("Every employer"), QString());
    const auto employers = ServiceCards::employers(m_workspace.database(), {quarter(), {}, 0, organisation()});
    if (!employers) {
        m_status->setText(employers.error());
        return;
    }
    for (const QString &name : employers.value())
        m_employer->addItem(name, name);
    m_employer->setCurrentIndex(std::max(0, m_employer->findData(chosen)));
    m_status->setText(employers.value().isEmpty() ? tr("No in-service member had reported here in %1.").arg(quarter().code())
                                                  : QString());
}

void ServiceCardDialog::preview()
{
    if (!organisation()) {
        m_status->setText(tr("Choose the organisation the members report to."));
        return;
    }
    ServiceCards::Filter filter{quarter(), employer(), 0, organisation()};
    QList<ServiceCard> cards;
    const Outcome gathered = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Gathering the quarter…"),
                                              [&](Database &database, Job &job) -> Outcome {
                                                  auto read = ServiceCards::gather(database, filter, &job.cancelFlag());
                                                  if (!read)
                                                      return Outcome::failure(read.error());
                                                  cards = read.value();
                                                  return Outcome::success();
                                              });
    if (!gathered) {
        m_status->setText(gathered.error());
        return;
    }
    if (cards.isEmpty()) {
        m_status->setText(tr("No in-service member had reported here in %1.").arg(filter.quarter.code()));
        return;
    }
    m_status->setText(tr("%Ln card(s).", nullptr, int(cards.size())));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the card's margins are its own
    printer.setDocName(tr("Feedback cards %1").arg(filter.quarter.code()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Feedback cards — preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &cards](QPrinter *target) {
                if (const Outcome printed = ServiceCardDocument::print(cards, target); !printed)
                    m_status->setText(printed.error());
            });
    dialog.resize(900, 760);
    dialog.exec();
}

bool ServiceCardDialog::saveTo(const QString &folder)
{
    if (!organisation()) {
        m_status->setText(tr("Choose the organisation the members report to."));
        return false;
    }
    ServiceCards::Filter filter{quarter(), employer(), 0, organisation()};
    const bool perMember = m_perMember->isChecked();
    QStringList files;
    int count = 0;
    const Outcome done = JobProgress::run(this, m_workspace.database(), windowTitle(), tr("Writing the feedback cards…"),
                                          [&](Database &database, Job &job) -> Outcome {
                                              job.report(0, 0, tr("Gathering the quarter"));
                                              const auto cards = ServiceCards::gather(database, filter, &job.cancelFlag());
                                              if (!cards)
                                                  return Outcome::failure(cards.error());
                                              if (cards.value().isEmpty())
                                                  return Outcome::failure(tr("No in-service member had reported here in %1.")
                                                                              .arg(filter.quarter.code()));
                                              count = int(cards.value().size());
                                              const auto written = ServiceCardDocument::writeAll(
                                                  cards.value(), folder, perMember, &job.cancelFlag(), [&](int n) {
                                                      job.report(n, count, tr("Card %1 of %2").arg(n).arg(count));
                                                  });
                                              if (!written)
                                                  return Outcome::failure(written.error());
                                              files = written.value();
                                              return Outcome::success();
                                          });
    if (!done) {
        m_status->setText(done.error());
        return false;
    }
    m_status->setText(tr("%Ln card(s) saved in %1:", nullptr, count).arg(QDir::toNativeSeparators(folder)) + QLatin1Char('\n')
                      + tr("%Ln file(s).", nullptr, int(files.size())));
    return true;
}

void ServiceCardDialog::chooseFolder()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("cards/folder"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the feedback cards in"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("cards/folder"), folder);
    saveTo(folder);
}
