// The working-day calendar (data-driven): Spring Festival, National Day with its make-up days,
// year ends, weekends; counting between dates; importing next year's notice.

#include "TestSupport.h"

#include <QSqlQuery>

#include "calendar/CalendarRepository.h"
#include "calendar/WorkCalendar.h"

using namespace TestSupport;

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() { m_db = createDatabase(m_dir.filePath(QStringLiteral("calendar.db"))); }
    void cleanupTestCase() { m_db.reset(); }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        // 2026 National Day and Mid-Autumn: 9-25..9-27 and 10-1..10-7 off; 9-20 and 10-10 (Sat/Sun) worked.
        QTest::newRow("zero days") << QDate(2026, 9, 30) << 0 << QDate(2026, 9, 30);
        QTest::newRow("over National Day") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
        QTest::newRow("make-up Saturday counts") << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10);
        QTest::newRow("make-up Sunday before") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("ten days from before National Day") << QDate(2026, 9, 28) << 10 << QDate(2026, 10, 16);
        QTest::newRow("Mid-Autumn Friday off") << QDate(2026, 9, 24) << 1 << QDate(2026, 9, 28);
        // Spring Festival 2026: 2-15..2-23 off (the 15th and 23rd fall on a Sunday and a Monday);
        // 2-14 (Saturday) and 2-28 (Saturday) worked.
        QTest::newRow("Spring Festival") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
        QTest::newRow("across the festival") << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24);
        QTest::newRow("ten over the festival") << QDate(2026, 2, 12) << 10 << QDate(2026, 3, 4);
        // Year end: 2026-01-01..03 off, Sunday 01-04 worked.
        QTest::newRow("New Year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
        QTest::newRow("plain weekend") << QDate(2026, 3, 6) << 1 << QDate(2026, 3, 9);
        QTest::newRow("ten ordinary days") << QDate(2026, 3, 2) << 10 << QDate(2026, 3, 16);
        QTest::newRow("weekend start") << QDate(2026, 3, 7) << 1 << QDate(2026, 3, 9);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        const WorkCalendar calendar = WorkCalendar::load(*m_db);
        QCOMPARE(calendar.addWorkingDays(from, days), expected);
        // Counting back agrees.
        QCOMPARE(calendar.workingDaysBetween(from, expected), days);
    }

    void workingDays()
    {
        const WorkCalendar calendar = WorkCalendar::load(*m_db);
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10))); // Saturday, make-up
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 11))); // plain Sunday
        QVERIFY(calendar.isWorkingDay(QDate(2027, 3, 1)));    // no entries: Monday works
        QCOMPARE(calendar.workingDaysBetween(QDate(2026, 10, 1), QDate(2026, 9, 1)), 0);
        QCOMPARE(calendar.years(), (QList<int>{2025, 2026}));
    }

    void importReplacesAndRefuses()
    {
        CalendarRepository repository(*m_db);
        QList<CalendarRepository::Problem> problems;
        // A bad file changes nothing and names its lines.
        const QByteArray bad = "date,kind,name\n2027-02-06,holiday,春节\n2027-02-08,workday,春节调休上班\n2027-13-01,holiday,x\n"
                               "2027-02-07,vacation,春节\n";
        QVERIFY(!repository.importCsv(bad, &problems).ok());
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).line, 3); // 2027-02-08 is a Monday
        QCOMPARE(problems.at(1).line, 4);
        QCOMPARE(problems.at(2).line, 5);
        QVERIFY(repository.year(2027).isEmpty());
        // A later entry for a date replaces the earlier one, in the file and in the database.
        const auto written = repository.importCsv("\xEF\xBB\xBF" "date,kind,name\n2027-01-01,holiday,元旦\n"
                                                  "2027-02-06,holiday,春节\n2027-02-06,workday,春节调休上班\n",
                                                  &problems);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), 2);
        QCOMPARE(repository.year(2027).size(), 2);
        QVERIFY(!repository.year(2027).at(1).holiday);
        QVERIFY(repository.importCsv("date,kind,name\n2027-02-06,holiday,春节\n", &problems).ok());
        QVERIFY(repository.year(2027).at(1).holiday);
        QVERIFY(!WorkCalendar::load(*m_db).isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(!repository.importCsv("day,kind\n", &problems).ok());
        QCOMPARE(problems.first().line, 1);
    }

    /// A year Boost cannot hold (it throws below 1400) or the program does not keep is refused
    /// where the file is read, naming its line; nothing is imported and due dates still work.
    void yearOutsideTheCalendarRefused()
    {
        CalendarRepository repository(*m_db);
        QList<CalendarRepository::Problem> problems;
        for (const QByteArray &line : {QByteArray("1399-10-01,holiday,国庆节"), QByteArray("1899-10-01,holiday,国庆节"),
                                       QByteArray("2101-01-01,holiday,元旦"), QByteArray("0000-01-01,holiday,元旦")}) {
            const auto written = repository.importCsv("date,kind,name\n2028-01-01,holiday,元旦\n" + line + '\n', &problems);
            QVERIFY(!written.ok());
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().line, 3);
            QVERIFY2(problems.first().message.contains(QStringLiteral("1900")), qPrintable(problems.first().message));
            QVERIFY(repository.year(2028).isEmpty());
        }
        // A file far larger than any calendar is refused before it is parsed.
        QVERIFY(!repository.importCsv(QByteArray(CalendarRepository::maxFileBytes + 1, ','), &problems).ok());

        // A calendar kept before the years were bounded (a row written by another tool) is read
        // without the bad row; no computation throws, at the edges of the years either.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO calendar_day (day, kind, name) VALUES ('1399-10-01', 'holiday', 'x')")));
        const WorkCalendar calendar = WorkCalendar::load(*m_db);
        QCOMPARE(calendar.addWorkingDays(QDate(2026, 11, 2), 1), QDate(2026, 11, 3));
        QVERIFY(!calendar.addWorkingDays(QDate(1399, 1, 1), 5).isValid());
        QVERIFY(!calendar.addWorkingDays(QDate(2100, 12, 30), 5).isValid());
        QVERIFY(!calendar.addWorkingDays(QDate(2026, 11, 2), -1).isValid());
        QVERIFY(!calendar.addWorkingDays(QDate(2026, 11, 2), WorkCalendar::maxWorkingDays + 1).isValid());
        QVERIFY(!calendar.isWorkingDay(QDate(1399, 1, 3)));
        QCOMPARE(calendar.workingDaysBetween(QDate(1399, 1, 1), QDate(2026, 1, 1)), 0);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM calendar_day WHERE day = '1399-10-01'")));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "test_calendar.moc"
