#pragma once

#include "WorkCalendar.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class Database;

/// The official calendar in the database: listing a year, importing next year's notice.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    struct Problem
    {
        int line = 0;
        QString message;
    };

    static constexpr qsizetype maxFileBytes = 256 * 1024;

    explicit CalendarRepository(Database &database);

    QList<CalendarDay> year(int year) const;

    /// Imports a file in the format of cn-official-holidays.csv (date,kind,name), all or nothing;
    /// a later entry for a date replaces the earlier one. Returns the entries written, or the
    /// problems by line.
    Result<int> importCsv(const QByteArray &bytes, QList<Problem> *problems);

private:
    Database &m_database;
};
