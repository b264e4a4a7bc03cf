#pragma once

#include <QString>

/// Looks at a file's bytes, without SQLite and without writing, to tell whether it can be ours.
///
/// Catches what must be refused before SQLite is allowed near the file: not an SQLite file at all,
/// another program's database, a file cut short. Schema checks that need SQL come after, on a
/// read-only connection.
class FileProbe
{
public:
    enum class Verdict {
        Ours,          ///< an SQLite file with our application id, whole as far as the header tells
        Missing,       ///< no such file
        NotAFile,      ///< a directory or something else that is not a regular file
        Unreadable,    ///< exists but cannot be read
        Empty,         ///< zero bytes
        NotSqlite,     ///< does not start with the SQLite header
        ForeignSqlite, ///< an SQLite database of another program
        Truncated      ///< shorter than its header says
    };

    static FileProbe inspect(const QString &path);

    Verdict verdict() const { return m_verdict; }
    bool isOurs() const { return m_verdict == Verdict::Ours; }
    quint32 applicationId() const { return m_applicationId; }
    /// The schema version in the file's header (may lag behind an unfinished WAL).
    quint32 headerUserVersion() const { return m_userVersion; }
    /// A sentence for the clerk saying what is wrong with the file, naming it.
    QString message() const;

private:
    QString m_path;
    Verdict m_verdict = Verdict::Missing;
    quint32 m_applicationId = 0;
    quint32 m_userVersion = 0;
    qint64 m_size = 0;
    qint64 m_expectedSize = 0;
    quint32 m_pageSize = 0;
};
