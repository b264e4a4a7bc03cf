#pragma once

#include "Guarantee.h"
#include "core/Result.h"

#include <QObject>
#include <QSqlDatabase>

class Database;

/// The work funds and the inspections of the 保障清单 (seed 004): allotting and spending funds
/// (a spending may not take an organisation's year past what it was allotted), the funds' use of
/// a subtree and year, recording an inspection with its follow-up tasks in one transaction, the
/// inspections of a subtree.
class GuaranteeService : public QObject
{
    Q_OBJECT

public:
    explicit GuaranteeService(Database &database, QObject *parent = nullptr);

    Result<qint64> addFund(const FundEntry &entry, const QDate &today = QDate::currentDate());
    /// The funds' entries of the subtree of orgId (0: all) for the year, newest first.
    Result<QList<FundEntry>> fundEntries(qint64 orgId, int year) const;
    /// Each organisation of the subtree that was allotted or spent funds in the year, in tree order.
    Result<QList<FundUse>> fundUse(qint64 orgId, int year) const;
    static Result<QList<FundUse>> fundUse(const QSqlDatabase &db, qint64 orgId, int year);
    /// What the organisation was allotted and spent in the year.
    Result<FundUse> fundsOf(qint64 orgId, int year) const;

    /// Records an inspection and makes each follow-up a task of the organisation inspected.
    Result<qint64> addInspection(const Inspection &inspection, const QDate &today = QDate::currentDate());
    /// The inspections of the subtree of orgId from from to to, newest first.
    Result<QList<Inspection>> inspections(qint64 orgId, const QDate &from, const QDate &to) const;
    static Result<QList<Inspection>> inspections(const QSqlDatabase &db, qint64 orgId, const QDate &from, const QDate &to);
    /// One inspection with its follow-up tasks (and how they stand).
    std::optional<Inspection> inspection(qint64 inspectionId) const;

Q_SIGNALS:
    void fundsChanged();
    /// An inspection was recorded (and tasks set).
    void inspectionsChanged();

private:
    Database &m_database;
};
