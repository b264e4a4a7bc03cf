#include "OrgCombo.h"

#include "PathCompleter.h"
#include "org/OrgRepository.h"
#include "org/OrgService.h"

#include <QCompleter>
#include <QLineEdit>

OrgCombo::OrgCombo(OrgService &service, const QList<OrgKind> &kinds, qint64 scopeId, QWidget *parent)
    : QComboBox(parent)
{
    constexpr int limit = 20000;
    QList<OrgPathEntry> entries = service.repository().within(scopeId, kinds, limit);
    if (entries.isEmpty())
        entries = service.repository().within(0, kinds, limit);
    for (const OrgPathEntry &entry : entries)
        addItem(entry.shownPath(), entry.id);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    new PathCompleter(this);
    // The scope itself when it is one of the kinds; otherwise nothing, so that the clerk chooses.
    setCurrentIndex(findData(scopeId));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    lineEdit()->setPlaceholderText(tr("Type part of a name"));
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
