#pragma once

#include "Organisation.h"

#include <QList>
#include <QString>

/// The rules an organisation's fields must follow, shared by the form (as the clerk types) and
/// the service (before anything is written).
class OrgValidator
{
public:
    enum class Field { Name, Kind, Code, Phone, Households, Established, Dissolved };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int maxNameLength = 60;

    /// Everything wrong with draft; parentKind is the kind of the organisation it hangs under
    /// (nullopt for the root). today bounds the dates.
    static QList<Problem> check(const Organisation &draft, std::optional<OrgKind> parentKind,
                                const QDate &today = QDate::currentDate());

    /// The problems joined into one message for the command line or a dialog.
    static QString describe(const QList<Problem> &problems);

    static bool isPhoneNumber(const QString &text);
};
