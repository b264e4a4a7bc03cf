#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

class Database;
class QSqlQuery;

/// Saving a record that another clerk may be saving too (several clerks on one server database):
/// an organisation, a member, a unit, a ledger item carry a version that every save counts up.
/// A save names the version its form was opened with, and writes only when the record still has
/// it; otherwise it is refused with who changed the record and when — "已被 王丽 于 10:02 修改，
/// 请刷新" — and never written over the other clerk's change.
///
///     query.prepare("UPDATE member SET name = :name, " + RecordVersion::set(db) +
///                   " WHERE id = :id AND " + RecordVersion::matches());
///     RecordVersion::bind(query, db, member.version);
///     if (!query.exec()) …
///     if (const Outcome saved = RecordVersion::confirm(query, db, "member", member.id); !saved) …
namespace RecordVersion {

/// For an UPDATE's SET: the version counted up, the clerk (Database::actor) and the time.
QString set(const Database &database);
/// For an UPDATE's WHERE: the version the form was opened with.
QString matches();
/// Binds the clerk (:modifiedBy) and the version counted on (:version).
void bind(QSqlQuery &query, const Database &database, int version);
/// Binds only the clerk, for an UPDATE that counts the version up without checking it (a step
/// that checks what it changes itself).
void bindActor(QSqlQuery &query, const Database &database);

/// After the UPDATE ran: success when it wrote the record; else the refusal — the record was
/// changed meanwhile (by whom, when) or deleted.
Outcome confirm(const QSqlQuery &update, const Database &database, const QString &table, qint64 id);

/// The refusal of a save counting on a version the record no longer has: who changed it and when,
/// or that it was deleted — asked of the database, so that a record not found because the
/// connection was lost is said as that, not as deleted.
Outcome refusal(const Database &database, const QString &table, qint64 id);

/// The refusal of a save to a record that another clerk deleted since the form read it.
QString deleted();

/// The refusal of a step guarded by the state it starts from (a need's, a project's, a task's),
/// when another clerk took a step on it first.
QString changedMeanwhile();

/// The refusal's words: who changed the record and when (today: the time; before: the date too).
QString changedBy(const QString &who, const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

} // namespace RecordVersion
