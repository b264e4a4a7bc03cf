#include "ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

namespace {

class ZipText
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
};

QString describe(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

ZipArchive::ZipArchive(zip *archive, QString path)
    : m_archive(archive)
    , m_path(std::move(path))
{
}

ZipArchive::~ZipArchive()
{
    zip_discard(m_archive); // read only: nothing to write back
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path)
{
    using R = Result<std::unique_ptr<ZipArchive>>;
    int code = 0;
    zip *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        return R::failure(ZipText::tr("%1 is not a readable zip archive (an .xlsx workbook is one): %2.")
                              .arg(QDir::toNativeSeparators(path), describe(code)));
    }
    return R(std::unique_ptr<ZipArchive>(new ZipArchive(archive, path)));
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString &name, qint64 limit) const
{
    using R = Result<QByteArray>;
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, entry.constData(), 0, &stat) != 0)
        return R::failure(ZipText::tr("%1 has no part %2.").arg(QDir::toNativeSeparators(m_path), name));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(limit)) {
        return R::failure(ZipText::tr("The part %1 of %2 unpacks to %3 MB, more than the %4 MB it may have.")
                              .arg(name, QDir::toNativeSeparators(m_path))
                              .arg(double(stat.size) / (1 << 20), 0, 'f', 0)
                              .arg(limit >> 20));
    }
    zip_file_t *file = zip_fopen(m_archive, entry.constData(), 0);
    if (!file)
        return R::failure(ZipText::tr("The part %1 of %2 cannot be opened: %3.")
                              .arg(name, QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(zip_strerror(m_archive))));
    QByteArray data;
    data.reserve(int(qMin<zip_uint64_t>(stat.size, zip_uint64_t(limit))));
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString why = QString::fromLocal8Bit(zip_file_strerror(file));
            zip_fclose(file);
            return R::failure(ZipText::tr("The part %1 of %2 is damaged: %3.").arg(name, QDir::toNativeSeparators(m_path), why));
        }
        if (n == 0)
            break;
        // The size the archive states is not trusted: the unpacked bytes are counted as they come.
        if (data.size() + n > limit) {
            zip_fclose(file);
            return R::failure(ZipText::tr("The part %1 of %2 unpacks to more than the %3 MB it may have.")
                                  .arg(name, QDir::toNativeSeparators(m_path))
                                  .arg(limit >> 20));
        }
        data.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return R(std::move(data));
}
