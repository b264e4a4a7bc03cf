#pragma once

#include <QStringList>

class QWidget;
class Workspace;

/// File › Import packages: the chosen packages checked and merged on a worker thread behind a
/// progress dialog with Cancel, the outcome told package by package, and every view of the
/// workspace brought up to date afterwards, whatever the outcome.
namespace ImportPackages {

/// Runs the import; true when the packages went in.
bool run(QWidget *parent, Workspace &workspace, const QStringList &files);

} // namespace ImportPackages
