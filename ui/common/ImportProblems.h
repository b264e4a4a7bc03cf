#pragma once

#include "core/TableFile.h"

#include <QList>

class QTableWidget;
class QWidget;

/// The problems an import's check found, as the import dialogs show them (a table of row, column
/// and problem, one line each, the whole text in the tooltip) and save them for whoever fixes
/// the file (CSV in UTF-8 with a byte order mark, which Excel reads).
namespace ImportProblems {

/// A read-only table of columns, named for tests.
QTableWidget *makeTable(int columns, const QString &name, QWidget *parent);
void show(QTableWidget *table, const QList<TableProblem> &problems);
/// Asks where, beside source, and writes the list; a failure is said.
void save(QWidget *parent, const QString &source, const QList<TableProblem> &problems);

} // namespace ImportProblems
