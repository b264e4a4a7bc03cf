#include "OrgCombo.h"

#include "PathCompleter.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"

#include <QCompleter>
#include <QLineEdit>

OrgCombo::OrgCombo(OrgService &service, const QList<OrgKind> &kinds, qint64 scopeId, QWidget *parent)
    : QComboBox(parent)
    , m_service(service)
    , m_scope(scopeId)
{
    fill(kinds);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    new PathCompleter(this);
    // The scope itself when it is one of the kinds; otherwise nothing, so that the clerk chooses.
    setCurrentIndex(findData(scopeId));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    lineEdit()->setPlaceholderText(tr("Type part of a name"));
}

void OrgCombo::fill(const QList<OrgKind> &kinds)
{
    constexpr int limit = 20000;
    QList<OrgPathEntry> entries = m_service.repository().within(m_scope, kinds, limit);
    if (entries.isEmpty())
        entries = m_service.repository().within(0, kinds, limit);
    for (const OrgPathEntry &entry : entries)
        addItem(entry.shownPath(), entry.id);
}

void OrgCombo::setKinds(const QList<OrgKind> &kinds)
{
    const qint64 chosen = currentId();
    clear();
    fill(kinds);
    // The one chosen when it is of the kinds, else the scope when it is, else nothing.
    const int kept = chosen ? findData(chosen) : -1;
    setCurrentIndex(kept >= 0 ? kept : findData(m_scope));
}

qint64 OrgCombo::currentId() const
{
    // An edited text that matches no entry, or several, chooses nothing.
    const int index = PathCompleter::chosenRow(this);
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

void OrgCombo::setCurrentId(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}
