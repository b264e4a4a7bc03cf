#pragma once

#include "core/TableFile.h"

#include <QList>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

/// What the import dialogs (members, units) share: their arrangement — what to import, the check's
/// summary, the rows as they will be saved above the problems, the buttons —, their read-only
/// tables, and the problems a check found, shown (row, column and problem, one line each, the
/// whole text in the tooltip) and saved for whoever fixes the file (CSV in UTF-8 with a byte
/// order mark, which Excel reads).
namespace ImportParts {

/// Lays dialog out: help, summary, preview over problems (a splitter), buttons.
void arrange(QDialog *dialog, QLabel *help, QLabel *summary, QTableWidget *preview, QTableWidget *problems, QDialogButtonBox *buttons);
/// A cell holding a row's number, right-aligned; empty for 0.
QTableWidgetItem *numberItem(int number);

/// A read-only table of columns, named for tests.
QTableWidget *makeTable(int columns, const QString &name, QWidget *parent);
void show(QTableWidget *table, const QList<TableProblem> &problems);
/// Asks where, beside source, and writes the list; a failure is said.
void save(QWidget *parent, const QString &source, const QList<TableProblem> &problems);

} // namespace ImportParts
