#include "Job.h"

#include "Database.h"

#include <QCoreApplication>
#include <QThread>

#include <exception>

Job::Job(const Database &database, Work work, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_work(std::move(work))
{
}

Job::~Job()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void Job::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // No exception leaves the worker: it would end the program.
        try {
            auto database = m_database.openForThread();
            if (!database)
                m_outcome = Outcome::failure(database.error());
            else
                m_outcome = m_work(*database.value(), *this);
        } catch (const std::exception &e) {
            m_outcome = Outcome::failure(QCoreApplication::translate("Job", "The work stopped on an error: %1").arg(QString::fromLocal8Bit(e.what())));
        }
    });
    m_thread->setObjectName(QStringLiteral("zongheng-job"));
    connect(m_thread, &QThread::finished, this, &Job::finished);
    m_thread->start();
}

bool Job::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void Job::report(int done, int total, const QString &text)
{
    Q_EMIT progressed(done, total, text);
}
