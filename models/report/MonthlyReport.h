#pragma once

#include "cobuild/CobuildFigures.h"
#include "guarantee/GuaranteeFigures.h"
#include "overview/WorkFigures.h"
#include "ledger/LedgerFigures.h"
#include "overview/Headline.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

/// The figures of the monthly report (月报) for an organisation's subtree and a month, gathered
/// once; the document and the tests read them from here. Ledger figures are those of `stats
/// --from <first day> --to <last day> --org <id>`.
struct MonthlyReport
{
    struct Row ///< one community (or sub-district) of the ledger table
    {
        QString name;
        LedgerFigures figures;
    };
    struct Count
    {
        QString name;
        qint64 count = 0;
    };

    qint64 orgId = 0;
    QString orgPath; ///< names from the top joined by " › "
    QString orgName;
    QDate month;     ///< the first day of the month
    QDate produced;  ///< the day the report was made
    QDate asOf;      ///< what counts as overdue: the month's last day, or today if earlier

    Headline organisations;
    qint64 membersJoined = 0; ///< members who joined the party in the month
    LedgerFigures ledger;
    QList<Row> ledgerRows;       ///< per community (per sub-district for a district)
    QString ledgerRowsHeading;   ///< "Community" or "Sub-district"
    QList<Count> topCategories;  ///< the month's items by category, most first (at most 8)

    qint64 agreementsInForce = 0;
    qint64 activities = 0;       ///< joint activities held in the month
    qint64 needsPosted = 0;
    qint64 needsMatched = 0;     ///< needs matched (or fulfilled) in the month
    QList<Count> projectsByStage;
    qint64 meetingsHeld = 0;     ///< joint meetings (联席会议)
    qint64 councilsHeld = 0;     ///< deliberation councils (议事会) of every kind
    qint64 tasksSet = 0;
    qint64 tasksDone = 0;        ///< tasks done in the month
    qint64 tasksOverdue = 0;     ///< open past their due date on asOf

    GuaranteeFigures guarantee;  ///< on asOf: the space standard, the year's funds up to it
    QString guaranteeError;      ///< why those could not be read, if so
    WorkFigures work;            ///< the month's items by source and whistle, participants; coverage on asOf
    QString workError;

    QDate monthEnd() const { return month.addMonths(1).addDays(-1); }

    static MonthlyReport gather(const Database &database, qint64 orgId, const QDate &month,
                                const QDate &today = QDate::currentDate());
    /// 98.8% — one decimal and a percent sign, as the report prints rates.
    static QString percent(double rate);
};
