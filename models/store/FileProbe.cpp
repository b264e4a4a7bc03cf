#include "FileProbe.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 bigEndian16(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 8) | quint32(p[1]);
}

/// Whether a write-ahead log with a valid header lies beside the database.
bool hasWriteAheadLog(const QString &path)
{
    QFile wal(path + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly) || wal.size() <= 32)
        return false;
    const QByteArray header = wal.read(4);
    const quint32 magic = bigEndian32(header, 0);
    return magic == 0x377f0682 || magic == 0x377f0683;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FileProbe", text);
}

} // namespace

FileProbe FileProbe::inspect(const QString &path)
{
    FileProbe probe;
    probe.m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.m_verdict = Verdict::Missing;
        return probe;
    }
    if (!info.isFile()) {
        probe.m_verdict = Verdict::NotAFile;
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.m_verdict = Verdict::Unreadable;
        return probe;
    }
    probe.m_size = file.size();
    if (probe.m_size == 0) {
        probe.m_verdict = Verdict::Empty;
        return probe;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        probe.m_verdict = Verdict::NotSqlite;
        return probe;
    }
    probe.m_applicationId = bigEndian32(header, 68);
    probe.m_userVersion = bigEndian32(header, 60);
    if (probe.m_applicationId != Schema::applicationId) {
        probe.m_verdict = Verdict::ForeignSqlite;
        return probe;
    }
    // The page count at offset 28 is trustworthy only when the "version-valid-for" number at 92
    // equals the change counter at 24 (SQLite file format, section 1.3.7).
    quint32 pageSize = bigEndian16(header, 16);
    if (pageSize == 1)
        pageSize = 65536;
    probe.m_pageSize = pageSize;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 92) == bigEndian32(header, 24) && pageCount > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || probe.m_size % pageSize != 0) {
        probe.m_verdict = Verdict::Truncated;
        return probe;
    }
    // After a crash in the middle of a checkpoint the header may already count pages that are
    // still only in the write-ahead log; SQLite finishes that checkpoint itself. Such a file is
    // whole, not cut short.
    if (countValid && !hasWriteAheadLog(path)) {
        probe.m_expectedSize = qint64(pageCount) * pageSize;
        if (probe.m_size < probe.m_expectedSize) {
            probe.m_verdict = Verdict::Truncated;
            return probe;
        }
    }
    probe.m_verdict = Verdict::Ours;
    return probe;
}

QString FileProbe::message() const
{
    const QString name = QDir::toNativeSeparators(m_path);
    switch (m_verdict) {
    case Verdict::Ours:
        return {};
    case Verdict::Missing:
        return tr("The file %1 does not exist.").arg(name);
    case Verdict::NotAFile:
        return tr("%1 is not a file.").arg(name);
    case Verdict::Unreadable:
        return tr("The file %1 cannot be read (no permission?).").arg(name);
    case Verdict::Empty:
        return tr("The file %1 is empty (0 bytes); it is not a ZongHeng database.").arg(name);
    case Verdict::NotSqlite:
        return tr("The file %1 is not a ZongHeng database: it is not an SQLite database at all.").arg(name);
    case Verdict::ForeignSqlite:
        return tr("The file %1 is an SQLite database of another program (application id 0x%2), "
                  "not a ZongHeng database.")
            .arg(name)
            .arg(m_applicationId, 8, 16, QLatin1Char('0'));
    case Verdict::Truncated:
        if (m_expectedSize > 0)
            return tr("The file %1 is damaged: it is %2 bytes long but its header describes %3 bytes "
                      "(it was cut short, for example by an interrupted copy).")
                .arg(name)
                .arg(m_size)
                .arg(m_expectedSize);
        return tr("The file %1 is damaged: its length of %2 bytes is not a whole number of %3-byte "
                  "pages (it was cut short, for example by an interrupted copy).")
            .arg(name)
            .arg(m_size)
            .arg(m_pageSize);
    }
    return {};
}
