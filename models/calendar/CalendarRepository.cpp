#include "CalendarRepository.h"

#include "core/CsvReader.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/SqlRead.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

CalendarRepository::CalendarRepository(Database &database)
    : m_database(database)
{
}

QList<CalendarDay> CalendarRepository::year(int year) const
{
    QList<CalendarDay> days;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT day, kind, name FROM calendar_day WHERE day BETWEEN :from AND :to ORDER BY day"));
    query.bindValue(QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(year));
    query.bindValue(QStringLiteral(":to"), QStringLiteral("%1-12-31").arg(year));
    if (SqlRead::run(query)) {
        while (query.next())
            days.append({IsoDate::fromSql(query.value(0)), query.value(1).toString() == QLatin1String("holiday"),
                         query.value(2).toString()});
        SqlRead::finished(query);
    }
    return days;
}

Result<int> CalendarRepository::importCsv(const QByteArray &bytes, QList<Problem> *problems)
{
    using R = Result<int>;
    problems->clear();
    // A year's notice is some forty lines; a file far larger is not a calendar.
    if (bytes.size() > maxFileBytes) {
        problems->append({0, tr("The file is %1 KiB; a calendar file is at most %2 KiB.").arg(bytes.size() / 1024).arg(maxFileBytes / 1024)});
        return R::failure(problems->first().message);
    }
    CsvReader csv;
    if (!csv.parse(bytes)) {
        problems->append({csv.errorLine(), csv.error()});
        return R::failure(csv.error());
    }
    const auto &records = csv.records();
    const QStringList expected = {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")};
    if (records.isEmpty() || records.first().fields != expected) {
        problems->append({1, tr("The first line must be exactly: date,kind,name")});
        return R::failure(problems->first().message);
    }
    // Later lines win over earlier ones for the same date, as later imports win over earlier ones.
    QMap<QDate, CalendarDay> days;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const auto &record = records.at(i);
        if (record.fields.size() != 3) {
            problems->append({record.line, tr("it has %1 fields, not 3.").arg(record.fields.size())});
            continue;
        }
        const auto date = IsoDate::parse(record.fields.at(0).trimmed());
        const QString kind = record.fields.at(1).trimmed();
        const QString name = record.fields.at(2).trimmed();
        if (!date)
            problems->append({record.line, IsoDate::problem(record.fields.at(0).trimmed()) + QLatin1Char('.')});
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
            problems->append({record.line, tr("the kind must be holiday or workday, not \"%1\".").arg(kind)});
        if (name.isEmpty())
            problems->append({record.line, tr("the name of the holiday is missing.")});
        if (date && kind == QLatin1String("workday") && date->dayOfWeek() < 6)
            problems->append({record.line, tr("%1 is a weekday; a make-up working day falls on a Saturday or Sunday.")
                                               .arg(IsoDate::format(*date))});
        if (date && !kind.isEmpty() && !name.isEmpty())
            days.insert(*date, {*date, kind == QLatin1String("holiday"), name});
    }
    if (!problems->isEmpty())
        return R::failure(tr("The calendar file has %Ln problem(s); nothing was imported.", nullptr, int(problems->size())));
    if (days.isEmpty()) {
        problems->append({2, tr("The file holds no days below its header.")});
        return R::failure(problems->first().message);
    }

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO calendar_day (day, kind, name) VALUES (:day, :kind, :name) "
                                 "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name"));
    for (const CalendarDay &day : std::as_const(days)) {
        query.bindValue(QStringLiteral(":day"), IsoDate::format(day.date));
        query.bindValue(QStringLiteral(":kind"), day.holiday ? QStringLiteral("holiday") : QStringLiteral("workday"));
        query.bindValue(QStringLiteral(":name"), day.name);
        if (!query.exec())
            return R::failure(StoreHealth::describe(query.lastError()));
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    return int(days.size());
}
