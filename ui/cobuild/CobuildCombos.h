#pragma once

#include "cobuild/CobuildTypes.h"

#include <QComboBox>

class NeedService;
class UnitService;

/// The small choosers of the co-building forms.
namespace CobuildCombos {

/// The categories shared by needs and resources (data: the category id).
QComboBox *categories(const NeedService &needs, QWidget *parent);
/// The units resident in the scope (all when it holds none), searchable (data: the unit id).
QComboBox *units(const UnitService &units, qint64 scopeId, QWidget *parent);

/// The id of the entry whose text is typed in an editable combo (0 when it matches none).
qint64 chosenId(const QComboBox *combo);

/// The values of an enum with their display names (data: the enum's code).
template <typename E>
QComboBox *choices(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : Cobuild::all<E>())
        combo->addItem(Cobuild::displayName(value), Cobuild::code(value));
    return combo;
}

template <typename E>
E chosen(const QComboBox *combo)
{
    return Cobuild::fromCode<E>(combo->currentData().toString()).value_or(Cobuild::all<E>().first());
}

} // namespace CobuildCombos
