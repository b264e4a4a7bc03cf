#pragma once

#include "core/Result.h"
#include "store/Job.h"

#include <QString>

class Database;
class QWidget;

/// Runs long work as a Job — on a worker thread with its own connection — behind a window-modal
/// progress dialog with Cancel, and returns what came of it when it ends. The window keeps
/// repainting and answering meanwhile; only the dialog takes input.
namespace JobProgress {

Outcome run(QWidget *parent, const Database &database, const QString &title, const QString &label, const Job::Work &work);

} // namespace JobProgress
