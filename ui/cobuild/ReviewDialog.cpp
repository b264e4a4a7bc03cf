#include "ReviewDialog.h"

#include "CobuildCombos.h"
#include "app/Workspace.h"
#include "cobuild/ProjectService.h"
#include "common/DateLineEdit.h"

#include <QFormLayout>
#include <QLineEdit>

ReviewDialog::ReviewDialog(Workspace &workspace, qint64 projectId, QWidget *parent)
    : FormDialog(tr("Review of project %1").arg(projectId), parent)
    , m_workspace(workspace)
    , m_projectId(projectId)
    , m_kind(CobuildCombos::choices<ReviewKind>(this))
    , m_on(new DateLineEdit(this))
    , m_note(new QLineEdit(this))
{
    m_kind->setCurrentIndex(1); // the monthly bulletin is the most frequent
    m_on->setDate(QDate::currentDate());
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Date:"), m_on);
    form()->addRow(tr("&Findings:"), m_note);
    connect(m_note, &QLineEdit::textChanged, this, &ReviewDialog::revalidate);
    connect(m_on, &QLineEdit::textChanged, this, &ReviewDialog::revalidate);
    revalidate();
}

QString ReviewDialog::missing() const
{
    if (!m_on->date().isValid())
        return tr("Give the date of the review.");
    if (m_note->text().trimmed().isEmpty())
        return tr("Write what the review found.");
    return {};
}

Result<qint64> ReviewDialog::submit()
{
    return m_workspace.projects().addReview(m_projectId, CobuildCombos::chosen<ReviewKind>(m_kind), m_on->date(), m_note->text());
}
