// Benchmark of the members issue on the `city` profile (about 100,000 members): generating the
// members, the first rows of the members page after a filter change, and importing a CSV file
// of 10,000 members. Usage: bench_members [WORKDIR]  (the databases are kept there).

#include "core/CsvReader.h"
#include "demo/DemoGenerator.h"
#include "members/IdNumber.h"
#include "members/MemberImporter.h"
#include "members/MemberService.h"
#include "members/MemberTableModel.h"
#include "org/OrgRepository.h"
#include "overview/Headline.h"
#include "store/Database.h"
#include "store/Maintenance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
// stdout itself unbuffered too, so that a fatal error leaves what was measured on screen.
const int unbuffered = std::setvbuf(stdout, nullptr, _IONBF, 0);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString workdir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::temp().filePath(QStringLiteral("zongheng-bench"));
    QDir().mkpath(workdir);
    // 1. Generating the city profile three times (the machine is shared; the median counts); the
    // members are timed on their own: the members stage reports membersFrom at its start, and 70 %
    // of its span once the member rows and their households' links are written (roles and points
    // follow).
    const QString path = QDir(workdir).filePath(QStringLiteral("members-city.db"));
    std::unique_ptr<Database> db;
    DemoGenerator::Options options;
    options.profile = QStringLiteral("city");
    options.asOf = QDate(2026, 11, 1);
    QList<double> generateMs, memberMs, stageMs;
    for (int run = 0; run < 3; ++run) {
        db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto created = Database::create(path);
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        db = std::move(created.value());
        QElapsedTimer total;
        total.start();
        qint64 membersStarted = -1;
        qint64 memberRowsWritten = -1;
        qint64 membersEnded = -1;
        const Outcome done = DemoGenerator::run(*db, options, [&](double fraction, const QString &stage) {
            if (stage == QCoreApplication::translate("DemoGenerator", "Members") && membersStarted < 0)
                membersStarted = total.nsecsElapsed();
            const double rowsDone = DemoGenerator::membersFrom + 0.7 * (DemoGenerator::membersTo - DemoGenerator::membersFrom);
            if (fraction >= rowsDone - 1e-9 && memberRowsWritten < 0)
                memberRowsWritten = total.nsecsElapsed();
            if (fraction >= DemoGenerator::membersTo - 1e-9 && membersEnded < 0)
                membersEnded = total.nsecsElapsed();
            return true;
        });
        if (!done)
            qFatal("%s", qPrintable(done.error()));
        generateMs.append(total.nsecsElapsed() / 1e6);
        memberMs.append((memberRowsWritten - membersStarted) / 1e6);
        stageMs.append((membersEnded - membersStarted) / 1e6);
    }
    QSqlQuery count(db->connection());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM member), (SELECT count(*) FROM role), (SELECT count(*) FROM points_entry)"));
    count.next();
    const qint64 memberRows = count.value(0).toLongLong();
    const qint64 roleRows = count.value(1).toLongLong();
    const qint64 pointRows = count.value(2).toLongLong();
    count.finish();
    out << "city generated in " << QString::number(median(generateMs), 'f', 0) << " ms in all (one transaction; median of 3)\n"
        << "  member rows (with their households' links): " << memberRows << " in " << QString::number(median(memberMs), 'f', 0)
        << " ms = " << QString::number(memberRows / (median(memberMs) / 1000), 'f', 0) << " rows/s (target >= 100000)\n"
        << "  the whole members stage: " << memberRows << " members, " << roleRows << " roles, " << pointRows
        << " points entries in " << QString::number(median(stageMs), 'f', 0) << " ms = "
        << QString::number((memberRows + roleRows + pointRows) / (median(stageMs) / 1000), 'f', 0) << " rows/s\n";

    // 2. First rows after a filter change.
    MemberService service(*db);
    OrgRepository orgs(*db);
    const qint64 root = orgs.rootId();
    const qint64 subdistrict = orgs.children(root, false).first().id;
    const qint64 community = orgs.children(subdistrict, false).first().id;
    MemberTableModel model(service);
    struct Case
    {
        const char *name;
        MemberFilter filter;
    };
    QList<Case> cases;
    MemberFilter f;
    f.asOf = options.asOf;
    f.orgId = root;
    cases.append({"whole city", f});
    f.orgId = subdistrict;
    cases.append({"one sub-district", f});
    f.orgId = community;
    cases.append({"one community", f});
    f.orgId = root;
    f.category = MemberCategory::Flowing;
    cases.append({"city, flowing members", f});
    f.category.reset();
    f.minAge = 35;
    f.maxAge = 49;
    cases.append({"city, aged 35-49", f});
    f.minAge = f.maxAge = -1;
    f.joinedYear = 1998;
    cases.append({"city, joined in 1998", f});
    f.joinedYear = 0;
    f.text = QStringLiteral("王建");
    cases.append({"city, name contains 王建", f});
    f.text.clear();
    f.orgId = subdistrict;
    f.probationaryOnly = true;
    cases.append({"sub-district, probationary", f});
    double worst = 0;
    for (const Case &c : cases) {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            model.setFilter(MemberFilter{}); // a different filter each time, so that the next one runs
            QElapsedTimer timer;
            timer.start();
            model.setFilter(c.filter);
            times.append(timer.nsecsElapsed() / 1e6);
        }
        worst = std::max(worst, median(times));
        out << "  filter \"" << c.name << "\": " << model.totalCount() << " members, first " << model.rowCount()
            << " rows and the count in " << QString::number(median(times), 'f', 1) << " ms\n";
    }
    out << "members page, first rows after a filter change: worst median " << QString::number(worst, 'f', 1)
        << " ms (target <= 100)\n";

    // 3. Importing 10,000 members from a CSV file.
    const QString grid = [&] {
        const auto grids = orgs.children(community, false);
        return orgs.path(grids.first().id);
    }();
    QString csv = CsvReader::formatLine(MemberImporter::requiredColumns() + QStringList{QStringLiteral("id_number")});
    for (int i = 0; i < 10000; ++i) {
        const QDate birth = QDate(1960, 1, 1).addDays(i);
        const Gender gender = i % 2 ? Gender::Female : Gender::Male;
        csv += CsvReader::formatLine({QStringLiteral("导入测试%1").arg(i), MemberEnums::chinese(gender),
                                      birth.toString(Qt::ISODate), birth.addYears(25).toString(Qt::ISODate),
                                      QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')), grid, QStringLiteral("在册"),
                                      IdNumber::make(QStringLiteral("340899"), birth, gender, 500 + i % 400)});
    }
    const QString csvPath = QDir(workdir).filePath(QStringLiteral("members-10000.csv"));
    QFile file(csvPath);
    file.open(QIODevice::WriteOnly);
    file.write("\xEF\xBB\xBF" + csv.toUtf8());
    file.close();
    MemberImporter importer(*db, service);
    QElapsedTimer importTimer;
    importTimer.start();
    const auto report = importer.importFile(csvPath);
    const qint64 importMs = importTimer.elapsed();
    if (!report.ok())
        qFatal("import refused: %s", qPrintable(report.text().left(500)));
    out << "import of " << report.imported << " members from CSV into the city database: " << importMs
        << " ms (target <= 2000)\n";
    const auto problems = Maintenance::check(*db);
    out << "check after all this: " << (problems.isEmpty() ? QStringLiteral("sound") : problems.join(QStringLiteral("; "))) << "\n";
    return 0;
}
