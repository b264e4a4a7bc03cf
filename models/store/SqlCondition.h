#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <QSqlDatabase>


/// A WHERE clause assembled from filters, with the values it binds (never pasted into the SQL).
struct SqlCondition
{
    QStringList clauses;
    QVariantMap values;

    void add(const QString &clause) { clauses.append(clause); }
    void add(const QString &clause, const QString &name, const QVariant &value)
    {
        clauses.append(clause);
        values.insert(name, value);
    }
    /// Rows whose organisation column lies in the subtree of orgId; nothing for the top (all
    /// rows), no rows for an unknown organisation.
    void addSubtree(const QSqlDatabase &db, qint64 orgId, const QString &column);
    /// Rows whose date column lies from from to to (:from, :to; a null date: no bound).
    void addPeriod(const QString &column, const QDate &from, const QDate &to);
    /// " WHERE a AND b", or nothing.
    QString sql() const;
    void bind(QSqlQuery &query) const;
};
