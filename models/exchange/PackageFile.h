#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class CancelFlag;
class SqlConnection;
struct sqlite3;

/// A quarterly package as the hostile input it is until proven otherwise (SQLite's advice for
/// untrusted database files, sqlite.org/security.html): copied to a private file first, so that
/// what is checked is what is merged, and opened read-only with SQLite's defensive settings —
/// no views, no triggers, an untrusted schema, cell size checks, no memory mapping, lowered
/// limits — and a progress handler that stops any statement when the time budget is spent or
/// the clerk cancels. The copy is removed with the object.
class PackageFile
{
public:
    /// The largest package taken at all (a city district's quarter is some hundred MiB).
    static constexpr qint64 maxBytes = qint64(2) << 30;

    /// Copies and opens the package at path. The budget covers every statement run on it until
    /// restartBudget(); cancel (may be null) is polled by the same handler.
    static Result<std::unique_ptr<PackageFile>> open(const QString &path, const CancelFlag *cancel = nullptr);
    ~PackageFile();
    PackageFile(const PackageFile &) = delete;
    PackageFile &operator=(const PackageFile &) = delete;

    QSqlDatabase db() const;
    /// The file name the clerk chose (messages name it), and the private copy.
    QString fileName() const { return m_fileName; }
    QString copyPath() const { return m_copy; }
    qint64 size() const { return m_size; }

    /// Gives the statements to come a time budget of their own (checking, then merging).
    void restartBudget(qint64 milliseconds);
    /// Why the last statement was stopped, or an empty string when it was not.
    QString interruption() const;
    /// The budget this program gives a package of this size: generous for a real one, short for
    /// a file made to keep the district busy.
    static qint64 budgetFor(qint64 bytes);

private:
    PackageFile() = default;
    static int onProgress(void *self);

    QTemporaryDir m_dir;
    QString m_fileName;
    QString m_copy;
    std::unique_ptr<SqlConnection> m_connection;
    qint64 m_size = 0;
    const CancelFlag *m_cancel = nullptr;
    QElapsedTimer m_clock;
    qint64 m_budgetMs = 0;
    enum class Stop { None, Budget, Cancel } m_stopped = Stop::None;
};
