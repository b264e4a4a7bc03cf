#include "OrgService.h"

#include "OrgValidator.h"
#include "SubtreeRange.h"
#include "core/IsoDate.h"
#include "store/Database.h"
#include "store/RecordVersion.h"
#include "store/Retrying.h"
#include "store/SqlDialect.h"
#include "store/WriteTransaction.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// The moment of writing, in the SQL of the database's engine.
QString nowSql(const Database &database)
{
    return SqlDialect::of(database.connection()).now();
}

QVariant textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

QVariant intOrNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

void bindFields(QSqlQuery &query, const Organisation &org)
{
    query.bindValue(QStringLiteral(":kind"), OrgKinds::code(org.kind));
    query.bindValue(QStringLiteral(":name"), org.name.trimmed());
    query.bindValue(QStringLiteral(":code"), textOrNull(org.code));
    query.bindValue(QStringLiteral(":secretary"), textOrNull(org.secretary));
    query.bindValue(QStringLiteral(":phone"), textOrNull(org.phone));
    query.bindValue(QStringLiteral(":address"), textOrNull(org.address));
    query.bindValue(QStringLiteral(":households"), intOrNull(org.households));
    query.bindValue(QStringLiteral(":established"), IsoDate::toSql(org.establishedOn));
    query.bindValue(QStringLiteral(":notes"), textOrNull(org.notes));
}

Outcome failed(const QSqlQuery &query)
{
    return Outcome::failure(OrgService::tr("The database refused the change: %1").arg(StoreHealth::describe(query.lastError())));
}

} // namespace

OrgService::OrgService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database)
{
}

Outcome OrgService::takeTreeTurn(const Database &database)
{
    const QSqlDatabase db = database.connection();
    return SqlDialect::of(db).takeTurn(db, QStringLiteral("organisation tree"));
}

Result<qint64> OrgService::add(const Organisation &draft)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return addOnce(draft); });
}

Result<qint64> OrgService::addOnce(const Organisation &draft)
{
    using R = Result<qint64>;
    std::optional<OrgKind> parentKind;
    QString parentLineage = QStringLiteral("/");
    if (draft.parentId != 0) {
        const auto parent = m_repository.find(draft.parentId);
        if (!parent)
            return R::failure(tr("There is no organisation with id %1 to add under.").arg(draft.parentId));
        if (!parent->isActive())
            return R::failure(tr("%1 is retired; nothing can be added under it.").arg(parent->name));
        parentKind = parent->kind;
    } else if (!m_repository.isEmpty()) {
        return R::failure(tr("The database already has its top organisation; add the new one under it."));
    }
    if (const auto problems = OrgValidator::check(draft, parentKind); !problems.isEmpty())
        return R::failure(OrgValidator::describe(problems));
    if (m_repository.siblingNameTaken(draft.parentId, draft.name, 0))
        return R::failure(tr("There is already an organisation named %1 at this place.").arg(draft.name.trimmed()));

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    // The parent's place and the next id as they are now, with no other clerk changing the tree.
    if (const Outcome turn = takeTreeTurn(m_database); !turn)
        return R::failure(turn.error());
    if (draft.parentId != 0) {
        parentLineage = m_repository.lineageText(draft.parentId);
        if (parentLineage.isEmpty())
            return R::failure(tr("There is no organisation with id %1 to add under.").arg(draft.parentId));
    }
    const QSqlDatabase db = m_database.connection();
    const Result<qint64> next = SqlDialect::of(db).nextId(db, QStringLiteral("organisation"));
    if (!next)
        return R::failure(tr("The database refused the change: %1").arg(next.error()));
    const qint64 id = next.value();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO organisation (id, parent_id, kind, name, lineage, code, secretary, phone, address, households, "
        "established_on, dissolved_on, notes, created_at, updated_at, modified_by) VALUES (:id, :parent, :kind, :name, "
        ":lineage, :code, :secretary, :phone, :address, :households, :established, NULL, :notes, %1, %1, :modifiedBy)")
                      .arg(nowSql(m_database)));
    query.bindValue(QStringLiteral(":id"), id);
    RecordVersion::bindActor(query, m_database);
    query.bindValue(QStringLiteral(":parent"), draft.parentId == 0 ? QVariant(QMetaType::fromType<qint64>())
                                                                   : QVariant(draft.parentId));
    query.bindValue(QStringLiteral(":lineage"), QString(parentLineage + QString::number(id) + QLatin1Char('/')));
    bindFields(query, draft);
    if (!query.exec())
        return R::failure(failed(query).error());
    if (!transaction.commit())
        return R::failure(transaction.error());
    Q_EMIT added(id, draft.parentId);
    return id;
}

Outcome OrgService::update(const Organisation &edited)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return updateOnce(edited); });
}

Outcome OrgService::updateOnce(const Organisation &edited)
{
    const auto current = m_repository.find(edited.id);
    if (!current && edited.version) // read in a form, deleted since
        return RecordVersion::refusal(m_database, QStringLiteral("organisation"), edited.id);
    if (!current)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(edited.id));
    std::optional<OrgKind> parentKind;
    if (current->parentId != 0) {
        const auto parent = m_repository.node(current->parentId);
        if (!parent)
            return Outcome::failure(tr("The organisation above %1 cannot be read.").arg(current->name));
        parentKind = parent->kind;
    }
    Organisation checked = edited;
    checked.parentId = current->parentId;
    checked.dissolvedOn = current->dissolvedOn;
    if (const auto problems = OrgValidator::check(checked, parentKind); !problems.isEmpty())
        return Outcome::failure(OrgValidator::describe(problems));
    if (checked.dissolvedOn.isValid() && checked.establishedOn.isValid() && checked.establishedOn > checked.dissolvedOn)
        return Outcome::failure(tr("The date established is after the date the organisation was dissolved."));
    if (m_repository.siblingNameTaken(current->parentId, checked.name, checked.id))
        return Outcome::failure(tr("There is already an organisation named %1 at this place.").arg(checked.name.trimmed()));
    if (checked.kind != current->kind) {
        if (const QString blocked = m_repository.kindChangeBlocker(checked.id, checked.kind); !blocked.isEmpty())
            return Outcome::failure(tr("It cannot become a %1: %2").arg(OrgKinds::displayName(checked.kind), blocked));
        const auto kids = m_repository.children(checked.id, true);
        for (const OrgNodeInfo &child : kids) {
            if (!OrgKinds::mayHangUnder(child.kind, checked.kind))
                return Outcome::failure(tr("It cannot become a %1: %2 below it cannot hang under a %1.")
                                            .arg(OrgKinds::displayName(checked.kind), child.name));
        }
    }

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE organisation SET kind = :kind, name = :name, code = :code, "
                                 "secretary = :secretary, phone = :phone, address = :address, households = :households, "
                                 "established_on = :established, notes = :notes, %1 WHERE id = :id AND %2")
                      .arg(RecordVersion::set(m_database), RecordVersion::matches()));
    bindFields(query, checked);
    query.bindValue(QStringLiteral(":id"), checked.id);
    RecordVersion::bind(query, m_database, checked.version);
    if (!query.exec())
        return failed(query);
    if (const Outcome saved = RecordVersion::confirm(query, m_database, QStringLiteral("organisation"), checked.id); !saved)
        return saved;
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed(checked.id);
    return Outcome::success();
}

Outcome OrgService::canMove(qint64 id, qint64 newParentId) const
{
    const auto org = m_repository.node(id);
    if (!org)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(id));
    if (org->parentId == 0)
        return Outcome::failure(tr("%1 is the top of the tree and cannot be moved.").arg(org->name));
    const auto target = m_repository.node(newParentId);
    if (!target)
        return Outcome::failure(tr("There is no organisation with id %1 to move to.").arg(newParentId));
    if (newParentId == org->parentId)
        return Outcome::failure(tr("%1 is already under %2.").arg(org->name, target->name));
    if (m_repository.isInSubtree(newParentId, id))
        return Outcome::failure(tr("%1 cannot move under %2: %2 lies within %1 itself.").arg(org->name, target->name));
    if (!OrgKinds::mayHangUnder(org->kind, target->kind))
        return Outcome::failure(tr("%1 cannot move under %2: a %3 cannot be placed under a %4.")
                                    .arg(org->name, target->name, OrgKinds::displayName(org->kind),
                                         OrgKinds::displayName(target->kind)));
    if (!target->active)
        return Outcome::failure(tr("%1 cannot move under %2: %2 is retired.").arg(org->name, target->name));
    if (m_repository.siblingNameTaken(newParentId, org->name, id))
        return Outcome::failure(tr("%1 cannot move under %2: an organisation of that name is already there.")
                                    .arg(org->name, target->name));
    return Outcome::success();
}

Outcome OrgService::move(qint64 id, qint64 newParentId)
{
    // Undone by the server to keep two clerks' changes apart: tried again (Retrying).
    return Retrying::run(m_database.connection(), [&] { return moveOnce(id, newParentId); });
}

Outcome OrgService::moveOnce(qint64 id, qint64 newParentId)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    // Checked and placed on the tree as it is now: another clerk's move of either side waits.
    if (const Outcome turn = takeTreeTurn(m_database); !turn)
        return turn;
    if (const Outcome allowed = canMove(id, newParentId); !allowed)
        return allowed;
    const auto node = m_repository.node(id);
    if (!node)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(id));
    const qint64 oldParentId = node->parentId;
    const QString oldLineage = m_repository.lineageText(id);
    const QString newLineage = m_repository.lineageText(newParentId) + QString::number(id) + QLatin1Char('/');
    QSqlQuery query(m_database.connection());
    // Only from where it was when the move was checked: a move another clerk made meanwhile stands.
    query.prepare(QStringLiteral("UPDATE organisation SET parent_id = :parent, %1 WHERE id = :id AND parent_id = :oldParent")
                      .arg(RecordVersion::set(m_database)));
    query.bindValue(QStringLiteral(":parent"), newParentId);
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":oldParent"), oldParentId);
    RecordVersion::bindActor(query, m_database);
    if (!query.exec())
        return failed(query);
    if (const Outcome saved = RecordVersion::confirm(query, m_database, QStringLiteral("organisation"), id); !saved)
        return saved;
    // The whole subtree takes the new lineage prefix in one statement.
    query.prepare(QStringLiteral("UPDATE organisation SET lineage = :new || substr(lineage, length(:old) + 1) "
                                 "WHERE lineage >= :old AND lineage < :high"));
    query.bindValue(QStringLiteral(":new"), newLineage);
    query.bindValue(QStringLiteral(":old"), oldLineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(oldLineage));
    if (!query.exec())
        return failed(query);
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT moved(id, oldParentId, newParentId);
    return Outcome::success();
}

Outcome OrgService::retire(qint64 id, const QDate &on, const QDate &today)
{
    const auto org = m_repository.find(id);
    if (!org)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(id));
    if (!org->isActive())
        return Outcome::failure(tr("%1 is already retired (since %2).").arg(org->name, IsoDate::format(org->dissolvedOn)));
    if (org->parentId == 0)
        return Outcome::failure(tr("%1 is the top of the tree and cannot be retired.").arg(org->name));
    if (!on.isValid() || on > today)
        return Outcome::failure(tr("The date of retirement must be given and may not lie in the future."));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    if (const Outcome turn = takeTreeTurn(m_database); !turn) // the subtree as it is now
        return turn;
    const QString lineage = m_repository.lineageText(id);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, established_on FROM organisation WHERE lineage >= :low AND lineage < :high "
                                 "AND dissolved_on IS NULL AND established_on > :on ORDER BY lineage LIMIT 1"));
    query.bindValue(QStringLiteral(":low"), lineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(lineage));
    query.bindValue(QStringLiteral(":on"), IsoDate::format(on));
    if (!query.exec())
        return failed(query);
    if (query.next())
        return Outcome::failure(tr("%1 cannot be retired on %2: %3 was established later, on %4.")
                                    .arg(org->name, IsoDate::format(on), query.value(0).toString(), query.value(1).toString()));
    query.finish();
    query.prepare(QStringLiteral("UPDATE organisation SET dissolved_on = :on, %1 "
                                 "WHERE lineage >= :low AND lineage < :high AND dissolved_on IS NULL")
                      .arg(RecordVersion::set(m_database)));
    RecordVersion::bindActor(query, m_database);
    query.bindValue(QStringLiteral(":on"), IsoDate::format(on));
    query.bindValue(QStringLiteral(":low"), lineage);
    query.bindValue(QStringLiteral(":high"), SubtreeRange::upperBound(lineage));
    if (!query.exec())
        return failed(query);
    const int affected = query.numRowsAffected();
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    if (affected > 1)
        Q_EMIT reset();
    else
        Q_EMIT changed(id);
    return Outcome::success();
}

Outcome OrgService::reinstate(qint64 id)
{
    const auto org = m_repository.find(id);
    if (!org)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(id));
    if (org->isActive())
        return Outcome::failure(tr("%1 is not retired.").arg(org->name));
    if (const auto parent = m_repository.node(org->parentId); parent && !parent->active)
        return Outcome::failure(tr("%1 cannot be reinstated while %2 above it is retired.").arg(org->name, parent->name));

    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE organisation SET dissolved_on = NULL, %1 WHERE id = :id").arg(RecordVersion::set(m_database)));
    query.bindValue(QStringLiteral(":id"), id);
    RecordVersion::bindActor(query, m_database);
    if (!query.exec())
        return failed(query);
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT changed(id);
    return Outcome::success();
}

Outcome OrgService::canRemove(qint64 id) const
{
    const auto org = m_repository.node(id);
    if (!org)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(id));
    if (const int children = m_repository.childCount(id); children > 0)
        return Outcome::failure(tr("%1 cannot be deleted: %Ln organisation(s) hang under it. Retire it instead to keep "
                                   "its history.", nullptr, children)
                                    .arg(org->name));
    if (org->parentId == 0)
        return Outcome::failure(tr("%1 is the top of the tree and cannot be deleted.").arg(org->name));
    if (const int attached = m_repository.attachedRecords(id); attached > 0)
        return Outcome::failure(tr("%1 cannot be deleted: %Ln member(s), role(s) or other record(s) belong to it. Retire "
                                   "it instead to keep its history.", nullptr, attached)
                                    .arg(org->name));
    return Outcome::success();
}

Outcome OrgService::remove(qint64 id)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.error());
    if (const Outcome turn = takeTreeTurn(m_database); !turn) // nothing added under it meanwhile
        return turn;
    if (const Outcome allowed = canRemove(id); !allowed)
        return allowed;
    const auto node = m_repository.node(id);
    if (!node)
        return Outcome::failure(tr("There is no organisation with id %1.").arg(id));
    const qint64 parentId = node->parentId;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM organisation WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        // A reference from another table (members, ledger items) keeps it.
        return Outcome::failure(tr("It cannot be deleted because records refer to it; retire it instead (%1).")
                                    .arg(StoreHealth::describe(query.lastError())));
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.error());
    Q_EMIT removed(id, parentId);
    return Outcome::success();
}
