#include "MemberRepository.h"

#include "IdNumber.h"
#include "core/IsoDate.h"
#include "org/OrgRepository.h"
#include "store/Database.h"
#include "store/SqlCondition.h"
#include "store/SqlRead.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString rowColumns = QStringLiteral(
    "m.id, m.name, m.gender, m.birth_date, m.joined_on, m.full_member_on, m.category, m.status, m.phone, "
    "m.id_number, m.org_id, o.name, m.employer, m.reported_to_id");

MemberRow readRow(const QSqlQuery &query)
{
    MemberRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.gender = MemberEnums::genderFromCode(query.value(2).toString()).value_or(Gender::Male);
    row.birthDate = IsoDate::fromSql(query.value(3));
    row.joinedOn = IsoDate::fromSql(query.value(4));
    row.fullMemberOn = IsoDate::fromSql(query.value(5));
    row.category = MemberEnums::categoryFromCode(query.value(6).toString()).value_or(MemberCategory::Registered);
    row.status = MemberEnums::statusFromCode(query.value(7).toString()).value_or(MemberStatus::Active);
    row.phone = query.value(8).toString();
    row.idNumberMasked = IdNumber::masked(query.value(9).toString());
    row.orgId = query.value(10).toLongLong();
    row.orgName = query.value(11).toString();
    row.employer = query.value(12).toString();
    row.reportedToId = query.value(13).toLongLong();
    return row;
}

SqlCondition conditionFor(const Database &database, const MemberFilter &filter)
{
    SqlCondition c;
    c.addSubtree(database.connection(), filter.orgId, QStringLiteral("m.org_id"));
    if (filter.category) {
        c.clauses.append(QStringLiteral("m.category = :category"));
        c.values.insert(QStringLiteral(":category"), MemberEnums::code(*filter.category));
    }
    if (filter.status) {
        c.clauses.append(QStringLiteral("m.status = :status"));
        c.values.insert(QStringLiteral(":status"), MemberEnums::code(*filter.status));
    }
    // Age in [min, max] on asOf: born after asOf - (max + 1) years and on or before asOf - min years.
    if (filter.minAge >= 0) {
        c.clauses.append(QStringLiteral("m.birth_date <= :bornBy"));
        c.values.insert(QStringLiteral(":bornBy"), IsoDate::format(filter.asOf.addYears(-filter.minAge)));
    }
    if (filter.maxAge >= 0) {
        c.clauses.append(QStringLiteral("m.birth_date > :bornAfter"));
        c.values.insert(QStringLiteral(":bornAfter"), IsoDate::format(filter.asOf.addYears(-(filter.maxAge + 1))));
    }
    if (filter.joinedYear > 0) {
        c.clauses.append(QStringLiteral("m.joined_on BETWEEN :joinedFrom AND :joinedTo"));
        c.values.insert(QStringLiteral(":joinedFrom"), QStringLiteral("%1-01-01").arg(filter.joinedYear));
        c.values.insert(QStringLiteral(":joinedTo"), QStringLiteral("%1-12-31").arg(filter.joinedYear));
    }
    if (filter.probationaryOnly)
        c.clauses.append(QStringLiteral("m.full_member_on IS NULL"));
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        // ID numbers are found by the whole number only: parts would let the masked digits be guessed.
        c.clauses.append(QStringLiteral("(m.name LIKE :text ESCAPE '\\' OR m.phone LIKE :text ESCAPE '\\' "
                                        "OR m.id_number = :wholeId)"));
        c.values.insert(QStringLiteral(":text"), QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
        c.values.insert(QStringLiteral(":wholeId"), text.toUpper());
    }
    return c;
}

} // namespace

MemberRepository::MemberRepository(const Database &database)
    : m_database(database)
{
}

std::optional<Member> MemberRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, org_id, name, gender, birth_date, ethnicity, education, id_number, joined_on, full_member_on, "
        "phone, category, flowing_where, flowing_since, employer, reported_to_id, reported_on, service_hours, status, "
        "status_on, notes, version FROM member WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!SqlRead::run(query) || !query.next())
        return std::nullopt;
    Member m;
    m.id = query.value(0).toLongLong();
    m.orgId = query.value(1).toLongLong();
    m.name = query.value(2).toString();
    m.gender = MemberEnums::genderFromCode(query.value(3).toString()).value_or(Gender::Male);
    m.birthDate = IsoDate::fromSql(query.value(4));
    m.ethnicity = query.value(5).toString();
    m.education = query.value(6).toString();
    m.idNumber = query.value(7).toString();
    m.joinedOn = IsoDate::fromSql(query.value(8));
    m.fullMemberOn = IsoDate::fromSql(query.value(9));
    m.phone = query.value(10).toString();
    m.category = MemberEnums::categoryFromCode(query.value(11).toString()).value_or(MemberCategory::Registered);
    m.flowingWhere = query.value(12).toString();
    m.flowingSince = IsoDate::fromSql(query.value(13));
    m.employer = query.value(14).toString();
    m.reportedToId = query.value(15).toLongLong();
    m.reportedOn = IsoDate::fromSql(query.value(16));
    if (!query.value(17).isNull())
        m.serviceHours = query.value(17).toDouble();
    m.status = MemberEnums::statusFromCode(query.value(18).toString()).value_or(MemberStatus::Active);
    m.statusOn = IsoDate::fromSql(query.value(19));
    m.notes = query.value(20).toString();
    m.version = query.value(21).toInt();
    return m;
}

std::optional<MemberRow> MemberRepository::row(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM member m JOIN organisation o ON o.id = m.org_id WHERE m.id = :id")
                      .arg(rowColumns));
    query.bindValue(QStringLiteral(":id"), id);
    if (SqlRead::run(query) && query.next())
        return readRow(query);
    return std::nullopt;
}

QList<MemberRow> MemberRepository::page(const MemberFilter &filter, MemberSort sort,
                                        const std::optional<MemberRow> &after, int limit, bool descending) const
{
    SqlCondition condition = conditionFor(m_database, filter);
    // Descending: both keys turned round, so that the index is read backwards and pages still
    // follow each other by key.
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QChar beyond = descending ? QLatin1Char('<') : QLatin1Char('>');
    QString key;
    switch (sort) {
    case MemberSort::Entered: break;
    case MemberSort::Name: key = QStringLiteral("m.name"); break;
    case MemberSort::BirthDate: key = QStringLiteral("m.birth_date"); break;
    case MemberSort::JoinedOn: key = QStringLiteral("m.joined_on"); break;
    }
    const QString order = key.isEmpty() ? QStringLiteral("m.id") + dir : QStringLiteral("%1%2, m.id%2").arg(key, dir);
    const QString keyset = key.isEmpty() ? QStringLiteral("m.id %1 :afterId").arg(beyond)
                                         : QStringLiteral("(%1, m.id) %2 (:afterKey, :afterId)").arg(key).arg(beyond);
    if (after) {
        condition.clauses.append(keyset);
        condition.values.insert(QStringLiteral(":afterId"), after->id);
        if (sort == MemberSort::Name)
            condition.values.insert(QStringLiteral(":afterKey"), after->name);
        else if (sort == MemberSort::BirthDate)
            condition.values.insert(QStringLiteral(":afterKey"), IsoDate::format(after->birthDate));
        else if (sort == MemberSort::JoinedOn)
            condition.values.insert(QStringLiteral(":afterKey"), IsoDate::format(after->joinedOn));
    }
    QSqlQuery &query = m_database.statements().prepared(
        QStringLiteral("SELECT %1 FROM member m JOIN organisation o ON o.id = m.org_id%2 ORDER BY %3 LIMIT :limit")
            .arg(rowColumns, condition.sql(), order));
    condition.bind(query);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<MemberRow> rows;
    if (!SqlRead::run(query))
        return rows;
    while (query.next())
        rows.append(readRow(query));
    SqlRead::finished(query);
    query.finish(); // kept prepared; its rows (and on a file its read snapshot) let go
    return rows;
}

qint64 MemberRepository::count(const MemberFilter &filter) const
{
    const SqlCondition condition = conditionFor(m_database, filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM member m%1").arg(condition.sql()));
    condition.bind(query);
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}

bool MemberRepository::matches(const MemberFilter &filter, qint64 id) const
{
    SqlCondition condition = conditionFor(m_database, filter);
    condition.add(QStringLiteral("m.id = :matchId"), QStringLiteral(":matchId"), id);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM member m%1").arg(condition.sql()));
    condition.bind(query);
    return SqlRead::run(query) && query.next() && query.value(0).toInt() == 1;
}

QString MemberRepository::whoIs(const MemberRow &row, const QStringList &orgPath)
{
    // The branch with the organisation above it: many communities have a 第一党支部.
    const QString branch = orgPath.mid(std::max<qsizetype>(0, orgPath.size() - 2)).join(QStringLiteral(" › "));
    return QCoreApplication::translate("MemberRepository", "%1 (born %2, %3)")
        .arg(row.name, IsoDate::format(row.birthDate), branch.isEmpty() ? row.orgName : branch);
}

QString MemberRepository::whoIs(qint64 id) const
{
    const auto found = row(id);
    if (!found)
        return QCoreApplication::translate("MemberRepository", "a member no longer in the database");
    return whoIs(*found, OrgRepository(m_database).pathNames(found->orgId));
}

QStringList MemberRepository::whoAre(const QList<MemberRow> &rows) const
{
    const OrgRepository organisations(m_database);
    QHash<qint64, QStringList> paths;
    QStringList out;
    for (const MemberRow &row : rows) {
        if (!paths.contains(row.orgId))
            paths.insert(row.orgId, organisations.pathNames(row.orgId));
        out.append(whoIs(row, paths.value(row.orgId)));
    }
    return out;
}

QList<MemberRow> MemberRepository::likelyDuplicates(const QString &name, const QDate &birthDate, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM member m JOIN organisation o ON o.id = m.org_id "
                                 "WHERE m.name = :name AND m.birth_date = :birth AND m.id <> :except")
                      .arg(rowColumns));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    query.bindValue(QStringLiteral(":birth"), IsoDate::format(birthDate));
    query.bindValue(QStringLiteral(":except"), exceptId);
    QList<MemberRow> rows;
    if (SqlRead::run(query)) {
        while (query.next())
            rows.append(readRow(query));
        SqlRead::finished(query);
    }
    return rows;
}

std::optional<qint64> MemberRepository::findByIdNumber(const QString &idNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM member WHERE id_number = :number"));
    query.bindValue(QStringLiteral(":number"), idNumber);
    if (SqlRead::run(query) && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

bool MemberRepository::hasHistory(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM member WHERE id = :id AND status <> 'active') "
                                 "OR EXISTS (SELECT 1 FROM points_entry WHERE member_id = :id) "
                                 "OR EXISTS (SELECT 1 FROM role WHERE member_id = :id) "
                                 "OR EXISTS (SELECT 1 FROM organisation WHERE member_id = :id) "
                                 "OR EXISTS (SELECT 1 FROM ledger_item WHERE reporter_member_id = :id)"));
    query.bindValue(QStringLiteral(":id"), id);
    return SqlRead::run(query) && query.next() && query.value(0).toBool();
}

qint64 MemberRepository::householdOf(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM organisation WHERE member_id = :id AND kind = 'household' LIMIT 1"));
    query.bindValue(QStringLiteral(":id"), id);
    return SqlRead::run(query) && query.next() ? query.value(0).toLongLong() : 0;
}
