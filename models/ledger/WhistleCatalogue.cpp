#include "WhistleCatalogue.h"

#include "store/Database.h"
#include "store/Retrying.h"
#include "store/SqlRead.h"
#include "store/SqlWrite.h"
#include "store/StoreHealth.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// The departments of every matter (or of one), by matter.
Result<QHash<qint64, QList<std::pair<qint64, QString>>>> departmentsByMatter(const QSqlDatabase &db, qint64 matterId)
{
    using R = Result<QHash<qint64, QList<std::pair<qint64, QString>>>>;
    QHash<qint64, QList<std::pair<qint64, QString>>> out;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT l.matter_id, d.id, d.name FROM whistle_matter_department l "
                                 "JOIN department d ON d.id = l.department_id WHERE (:matter = 0 OR l.matter_id = :matter) "
                                 "ORDER BY l.matter_id, d.position, d.id"));
    query.bindValue(QStringLiteral(":matter"), matterId);
    if (!SqlRead::run(query))
        return R::failure(QCoreApplication::translate("WhistleCatalogue", "The whistle catalogue cannot be read: %1")
                              .arg(StoreHealth::describe(query.lastError())));
    while (query.next())
        out[query.value(0).toLongLong()].append({query.value(1).toLongLong(), query.value(2).toString()});
    if (!SqlRead::finished(query))
        return R::failure(QCoreApplication::translate("WhistleCatalogue", "The whistle catalogue cannot be read: %1")
                              .arg(StoreHealth::describe(query.lastError())));
    return out;
}

/// Whether another row of table (department or whistle_matter) than id has the name; the error
/// when it cannot be read.
Result<bool> nameTaken(const QSqlDatabase &db, const QString &table, const QString &name, qint64 id)
{
    const auto found = SqlRead::value(db, QStringLiteral("SELECT id FROM %1 WHERE name = :name AND id <> :id").arg(table),
                                      {{QStringLiteral(":name"), name}, {QStringLiteral(":id"), id}});
    if (!found)
        return Result<bool>::failure(found.error());
    return found.value().isValid();
}

} // namespace

WhistleCatalogue::WhistleCatalogue(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

int WhistleCatalogue::defaultDays(Whistle whistle)
{
    switch (whistle) {
    case Whistle::Quick: return 3;
    case Whistle::Emergency: return 1;
    case Whistle::Tough: return 10;
    }
    return 5;
}

QList<Department> WhistleCatalogue::departments(bool includeRetired) const
{
    QList<Department> out;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, retired FROM department WHERE (:all = 1 OR retired = 0) "
                                 "ORDER BY position, id"));
    query.bindValue(QStringLiteral(":all"), includeRetired ? 1 : 0);
    if (!SqlRead::run(query))
        return out;
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() != 0});
    SqlRead::finished(query);
    return out;
}

QList<WhistleMatter> WhistleCatalogue::matters(bool includeRetired) const
{
    const auto read = readMatters(includeRetired);
    return read ? read.value() : QList<WhistleMatter>();
}

Result<QList<WhistleMatter>> WhistleCatalogue::readMatters(bool includeRetired) const
{
    using R = Result<QList<WhistleMatter>>;
    QList<WhistleMatter> out;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, whistle, days, retired FROM whistle_matter "
                                 "WHERE (:all = 1 OR retired = 0) ORDER BY position, id"));
    query.bindValue(QStringLiteral(":all"), includeRetired ? 1 : 0);
    if (!SqlRead::run(query))
        return R::failure(tr("The whistle catalogue cannot be read: %1").arg(StoreHealth::describe(query.lastError())));
    while (query.next()) {
        WhistleMatter matter;
        matter.id = query.value(0).toLongLong();
        matter.name = query.value(1).toString();
        matter.whistle = LedgerFlow::whistleFromCode(query.value(2).toString()).value_or(Whistle::Quick);
        matter.days = query.value(3).toInt();
        matter.retired = query.value(4).toInt() != 0;
        out.append(matter);
    }
    if (!SqlRead::finished(query))
        return R::failure(tr("The whistle catalogue cannot be read: %1").arg(StoreHealth::describe(query.lastError())));
    const auto summoned = departmentsByMatter(m_database.connection(), 0);
    if (!summoned)
        return R::failure(summoned.error());
    for (WhistleMatter &matter : out) {
        for (const auto &[id, name] : summoned.value().value(matter.id)) {
            matter.departmentIds.append(id);
            matter.departments.append(name);
        }
    }
    return out;
}

std::optional<WhistleMatter> WhistleCatalogue::matter(qint64 id) const
{
    for (const WhistleMatter &matter : matters(true)) {
        if (matter.id == id)
            return matter;
    }
    return std::nullopt;
}

std::optional<WhistleMatter> WhistleCatalogue::findMatter(const QString &idOrName) const
{
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    for (const WhistleMatter &matter : matters(true)) {
        if ((isNumber && matter.id == id) || matter.name == idOrName.trimmed())
            return matter;
    }
    return std::nullopt;
}

std::optional<qint64> WhistleCatalogue::departmentByName(const QString &name) const
{
    const auto found = SqlRead::value(m_database.connection(), QStringLiteral("SELECT id FROM department WHERE name = :name"),
                                      {{QStringLiteral(":name"), name.trimmed()}});
    if (!found || !found.value().isValid())
        return std::nullopt;
    return found.value().toLongLong();
}

Result<qint64> WhistleCatalogue::saveDepartment(const Department &department)
{
    using R = Result<qint64>;
    const QString name = department.name.trimmed();
    if (name.isEmpty())
        return R::failure(tr("The department needs a name."));
    const auto saved = Retrying::run(m_database.connection(), [&]() -> R {
        const auto taken = nameTaken(m_database.connection(), QStringLiteral("department"), name, department.id);
        if (!taken)
            return R::failure(taken.error());
        if (taken.value())
            return R::failure(tr("There is already a department named %1.").arg(name));
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return R::failure(transaction.error());
        qint64 id = department.id;
        if (id == 0) {
            const auto added = ensureDepartment(name);
            if (!added)
                return added;
            id = added.value();
        }
        const auto changed = SqlWrite::changed(m_database.connection(),
                                               QStringLiteral("UPDATE department SET name = :name, retired = :retired WHERE id = :id"),
                                               {{QStringLiteral(":name"), name},
                                                {QStringLiteral(":retired"), department.retired ? 1 : 0},
                                                {QStringLiteral(":id"), id}});
        if (!changed)
            return R::failure(changed.error());
        if (changed.value() == 0)
            return R::failure(tr("There is no department with number %1.").arg(id));
        if (!transaction.commit())
            return R::failure(transaction.error());
        return id;
    });
    if (saved)
        Q_EMIT changed();
    return saved;
}

Result<qint64> WhistleCatalogue::saveMatter(const WhistleMatter &matter, const QStringList &departmentNames)
{
    const auto saved = Retrying::run(m_database.connection(), [&] { return writeMatter(matter, departmentNames); });
    if (saved)
        Q_EMIT changed();
    return saved;
}

Outcome WhistleCatalogue::saveMatters(const QList<std::pair<WhistleMatter, QStringList>> &matters)
{
    const Outcome saved = Retrying::run(m_database.connection(), [&]() -> Outcome {
        WriteTransaction transaction(m_database.connection());
        if (!transaction.isActive())
            return Outcome::failure(transaction.error());
        for (qsizetype i = 0; i < matters.size(); ++i) {
            const auto written = writeMatter(matters.at(i).first, matters.at(i).second);
            if (!written)
                return Outcome::failure(tr("Row %1 (%2): %3").arg(i + 1).arg(matters.at(i).first.name.trimmed(), written.error()));
        }
        if (!transaction.commit())
            return Outcome::failure(transaction.error());
        return Outcome::success();
    });
    if (saved)
        Q_EMIT changed();
    return saved;
}

Result<qint64> WhistleCatalogue::writeMatter(const WhistleMatter &matter, const QStringList &departmentNames)
{
    using R = Result<qint64>;
    const QString name = matter.name.trimmed();
    if (name.isEmpty())
        return R::failure(tr("The matter needs a name."));
    if (matter.days < 1 || matter.days > 250)
        return R::failure(tr("The departments' time limit is from 1 to 250 working days."));
    QStringList names;
    for (const QString &department : departmentNames) {
        if (!department.trimmed().isEmpty() && !names.contains(department.trimmed()))
            names.append(department.trimmed());
    }
    if (names.isEmpty())
        return R::failure(tr("Name at least one department the matter summons."));
    const auto taken = nameTaken(m_database.connection(), QStringLiteral("whistle_matter"), name, matter.id);
    if (!taken)
        return R::failure(taken.error());
    if (taken.value())
        return R::failure(tr("There is already a matter named %1.").arg(name));

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const QSqlDatabase db = m_database.connection();
    qint64 id = matter.id;
    const QVariantMap values{{QStringLiteral(":name"), name},
                             {QStringLiteral(":whistle"), LedgerFlow::code(matter.whistle)},
                             {QStringLiteral(":days"), matter.days},
                             {QStringLiteral(":retired"), matter.retired ? 1 : 0},
                             {QStringLiteral(":id"), matter.id}};
    if (id == 0) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO whistle_matter (name, whistle, days, retired, position) VALUES "
                                      "(:name, :whistle, :days, :retired, (SELECT coalesce(max(position), 0) + 1 FROM "
                                      "whistle_matter)) RETURNING id"));
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.key() != QLatin1String(":id"))
                insert.bindValue(it.key(), it.value());
        }
        if (!insert.exec())
            return R::failure(tr("The database refused the matter: %1").arg(StoreHealth::describe(insert.lastError())));
        id = SqlWrite::returnedId(insert);
    } else {
        const auto changed = SqlWrite::changed(db, QStringLiteral("UPDATE whistle_matter SET name = :name, whistle = :whistle, "
                                                                  "days = :days, retired = :retired WHERE id = :id"),
                                               values);
        if (!changed)
            return R::failure(changed.error());
        if (changed.value() == 0)
            return R::failure(tr("There is no matter with number %1.").arg(id));
        if (const Outcome cleared = SqlWrite::exec(db, QStringLiteral("DELETE FROM whistle_matter_department WHERE matter_id = :id"),
                                                   {{QStringLiteral(":id"), id}});
            !cleared)
            return R::failure(cleared.error());
    }
    for (const QString &department : std::as_const(names)) {
        const auto departmentId = ensureDepartment(department);
        if (!departmentId)
            return departmentId;
        if (const Outcome linked = SqlWrite::link(db, QStringLiteral("whistle_matter_department"),
                                                  {{QStringLiteral("matter_id"), id}, {QStringLiteral("department_id"), departmentId.value()}});
            !linked)
            return R::failure(linked.error());
    }
    if (!transaction.commit())
        return R::failure(transaction.error());
    return id;
}

Result<qint64> WhistleCatalogue::ensureDepartment(const QString &name)
{
    using R = Result<qint64>;
    const auto found = SqlRead::value(m_database.connection(), QStringLiteral("SELECT id FROM department WHERE name = :name"),
                                      {{QStringLiteral(":name"), name.trimmed()}});
    if (!found)
        return R::failure(found.error());
    if (found.value().isValid())
        return found.value().toLongLong();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO department (name, position) VALUES (:name, (SELECT coalesce(max(position), 0) + 1 "
                                  "FROM department)) RETURNING id"));
    insert.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!insert.exec())
        return R::failure(tr("The database refused the department: %1").arg(StoreHealth::describe(insert.lastError())));
    return SqlWrite::returnedId(insert);
}
