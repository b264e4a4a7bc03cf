#include "JobProgress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

namespace JobProgress {

Outcome run(QWidget *parent, const Database &database, const QString &title, const QString &label, const Job::Work &work)
{
    QProgressDialog dialog(label, QCoreApplication::translate("JobProgress", "Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("jobProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumWidth(460);
    Job job(database, work);
    QObject::connect(&job, &Job::progressed, &dialog, [&dialog, label](int done, int total, const QString &text) {
        if (dialog.wasCanceled())
            return;
        dialog.setMaximum(std::max(total, 0));
        dialog.setValue(total > 0 ? std::min(done, total) : 0);
        dialog.setLabelText(text.isEmpty() ? label : label + QLatin1Char('\n') + text);
    });
    // Cancel keeps the dialog up (and the window blocked) until the work has really stopped.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    QObject::connect(&dialog, &QProgressDialog::canceled, &job, [&job, &dialog] {
        job.cancel();
        dialog.setCancelButtonText(QString());
        dialog.setLabelText(QCoreApplication::translate("JobProgress", "Cancelling; nothing will be changed…"));
    });
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    dialog.reset();
    return job.outcome();
}

} // namespace JobProgress
