#include "CobuildCombos.h"

#include "cobuild/NeedService.h"
#include "cobuild/UnitService.h"

#include <QCompleter>

namespace CobuildCombos {

QComboBox *categories(const NeedService &needs, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const CobuildCategory &category : needs.categories())
        combo->addItem(category.name, category.id);
    return combo;
}

QComboBox *units(const UnitService &service, qint64 scopeId, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    QList<Unit> list = service.units(scopeId);
    if (list.isEmpty())
        list = service.units(0);
    for (const Unit &unit : list)
        combo->addItem(unit.name, unit.id);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

qint64 chosenId(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText());
    return index >= 0 ? combo->itemData(index).toLongLong() : 0;
}

} // namespace CobuildCombos
