// Benchmark of importing the office's own files (issue 13) on the `city` profile (about 100,000
// members): 10,000 members from an Excel workbook, against the same from CSV (UTF-8 and GBK) —
// the target is the workbook within 2 s, as the CSV — and reading the workbook alone against
// openpyxl reading it (read-only mode), the plain tool of the same job.
// Usage: bench_import [WORKDIR] [--reuse]  (--reuse: the city database of an earlier run is kept).

#include "core/CsvReader.h"
#include "core/XlsxReader.h"
#include "demo/DemoGenerator.h"
#include "members/IdNumber.h"
#include "members/MemberImporter.h"
#include "members/MemberService.h"
#include "org/OrgRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTextStream>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// 10,000 members nobody has yet: names and ID numbers of their own for each set.
QList<QStringList> people(int set, const QString &grid)
{
    QList<QStringList> rows{{QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"), QStringLiteral("入党日期"),
                             QStringLiteral("手机号码"), QStringLiteral("所在组织"), QStringLiteral("党员类别"), QStringLiteral("公民身份号码")}};
    for (int i = 0; i < 10000; ++i) {
        const QDate birth = QDate(1945 + set * 5, 1, 1).addDays(i);
        const Gender gender = i % 2 ? Gender::Female : Gender::Male;
        rows.append({QStringLiteral("导入%1号%2").arg(set).arg(i), MemberEnums::chinese(gender), birth.toString(Qt::ISODate),
                     birth.addYears(25).toString(Qt::ISODate), QStringLiteral("139%1").arg(set * 10000 + i, 8, 10, QLatin1Char('0')), grid,
                     QStringLiteral("在册"), IdNumber::make(QStringLiteral("3408%1").arg(90 + set), birth, gender, 500 + i % 400)});
    }
    return rows;
}

QString csvOf(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += CsvReader::formatLine(row);
    return text;
}

void writeWorkbook(const QString &path, const QList<QStringList> &rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "党员");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &value = rows.at(r).at(c);
            if (r > 0 && (c == 2 || c == 3)) {
                const QDate day = QDate::fromString(value, Qt::ISODate);
                lxw_datetime when = {day.year(), day.month(), day.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, lxw_row_t(r), lxw_col_t(c), &when, date);
            } else if (r > 0 && c == 4) {
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value.toDouble(), nullptr);
            } else {
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), value.toUtf8().constData(), nullptr);
            }
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        qFatal("cannot write %s", qPrintable(path));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool reuse = args.removeAll(QStringLiteral("--reuse")) > 0;
    const QString workdir = args.value(0, QDir::temp().filePath(QStringLiteral("zongheng-bench")));
    QDir().mkpath(workdir);
    const QString path = QDir(workdir).filePath(QStringLiteral("import-city.db"));
    const QString pristine = path + QStringLiteral(".pristine");
    if (!reuse || !QFile::exists(pristine)) {
        QFile::remove(pristine);
        auto created = Database::create(pristine);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        DemoGenerator::Options options;
        options.profile = QStringLiteral("city");
        options.asOf = QDate(2026, 11, 1);
        if (const Outcome done = DemoGenerator::run(*created.value(), options); !done)
            qFatal("%s", qPrintable(done.error()));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix); // a log of the last run's copy would be read into this one
    if (!QFile::copy(pristine, path))
        qFatal("cannot copy the city database");
    auto opened = Database::open(path, Database::Access::ReadWrite);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Database &db = *opened.value();
    MemberService service(db);
    OrgRepository orgs(db);
    const qint64 subdistrict = orgs.children(orgs.rootId(), false).first().id;
    const qint64 community = orgs.children(subdistrict, false).first().id;
    const QString grid = orgs.path(orgs.children(community, false).first().id);
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT count(*) FROM member"));
    count.next();
    out << "city: " << count.value(0).toLongLong() << " members before the imports\n";
    count.finish();

    struct Format
    {
        const char *name;
        QString file;
    };
    QList<Format> formats{{"Excel workbook (libxlsxwriter; dates as dates, phones as numbers)", QDir(workdir).filePath(QStringLiteral("members-10000.xlsx"))},
                          {"CSV, UTF-8 with BOM", QDir(workdir).filePath(QStringLiteral("members-10000-utf8.csv"))},
                          {"CSV, GBK (Excel on a Chinese Windows)", QDir(workdir).filePath(QStringLiteral("members-10000-gbk.csv"))}};
    writeWorkbook(formats[0].file, people(1, grid));
    writeFile(formats[1].file, "\xEF\xBB\xBF" + csvOf(people(2, grid)).toUtf8());
    writeFile(formats[2].file, QStringEncoder("GBK")(csvOf(people(3, grid))));

    MemberImporter importer(db, service);
    for (const Format &format : formats) {
        QList<double> checks;
        MemberImporter::Check checked;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            checked = importer.check(format.file);
            checks.append(timer.nsecsElapsed() / 1e6);
        }
        if (!checked.ok())
            qFatal("%s refused: %s", format.name, qPrintable(MemberImporter::describe(checked.problems.first(), checked.kind)));
        QElapsedTimer timer;
        timer.start();
        const MemberImporter::Report report = importer.write(checked);
        const double writeMs = timer.nsecsElapsed() / 1e6;
        if (!report.ok())
            qFatal("%s not written: %s", format.name, qPrintable(report.text().left(300)));
        out << "  " << format.name << ": " << report.imported << " members, read and checked in " << QString::number(median(checks), 'f', 0)
            << " ms (median of 3), written in " << QString::number(writeMs, 'f', 0) << " ms: "
            << QString::number(median(checks) + writeMs, 'f', 0) << " ms in all (target <= 2000)\n";
    }

    // Reading the workbook alone, beside openpyxl (read-only mode, values only) on the same file.
    QList<double> reads;
    qsizetype cells = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto rows = XlsxReader().readFirstSheet(formats[0].file);
        reads.append(timer.nsecsElapsed() / 1e6);
        if (!rows)
            qFatal("%s", qPrintable(rows.error()));
        cells = 0;
        for (const CsvReader::Record &row : rows.value())
            cells += row.fields.size();
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral("import sys, time, openpyxl\n"
                                                      "times = []\n"
                                                      "for run in range(5):\n"
                                                      "    t = time.perf_counter()\n"
                                                      "    wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)\n"
                                                      "    cells = sum(1 for row in wb.worksheets[0].iter_rows(values_only=True) for v in row)\n"
                                                      "    wb.close()\n"
                                                      "    times.append((time.perf_counter() - t) * 1000)\n"
                                                      "print(sorted(times)[2], cells)\n"),
                  formats[0].file});
    python.waitForFinished(300000);
    const QStringList plain = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char(' '));
    out << "reading the workbook's 10,001 rows (" << cells << " cells): " << QString::number(median(reads), 'f', 0)
        << " ms (median of 5); openpyxl, read-only: " << (plain.size() == 2 ? QString::number(plain.first().toDouble(), 'f', 0) : QStringLiteral("?"))
        << " ms for " << plain.value(1).trimmed() << " cells\n";
    return 0;
}
