#pragma once

#include "core/Result.h"
#include "core/TableColumns.h"

#include <QHash>
#include <QString>
#include <QStringList>

/// A workbook an office fills to import a list (members, units): the first sheet has the headings
/// of every column in the language in effect (the required ones coloured), choice lists where
/// the values are few, the organisations as a list to choose from, date columns as dates and
/// number-like columns as text; a second sheet lists the organisations by path, a third says how
/// to fill it. Written by libxlsxwriter through a temporary file; the importers read it back as
/// Excel or WPS saves it.
struct TemplateWorkbook
{
    QString sheetTitle;             ///< the first sheet's
    const TableColumns *columns = nullptr;
    QHash<QString, QStringList> choices; ///< key -> the values a cell may take
    QStringList organisationKeys;   ///< the columns that name an organisation
    QStringList organisations;      ///< by path
    QStringList textKeys;           ///< kept as text (phone and ID numbers)
    QStringList wideKeys;           ///< given room
    QStringList help;               ///< the lines of the sheet "How to fill"

    Outcome write(const QString &path) const;
};
