#pragma once

#include "OrgRepository.h"
#include "Organisation.h"
#include "core/Result.h"

#include <QObject>

class Database;

/// Changes the organisation tree: add, edit, move, retire, reinstate, delete. Each change is one
/// transaction, checked against the kind rules first, and announced by a signal afterwards so
/// that every model showing the tree can follow.
class OrgService : public QObject
{
    Q_OBJECT

public:
    explicit OrgService(Database &database, QObject *parent = nullptr);

    const OrgRepository &repository() const { return m_repository; }

    /// Adds an organisation under draft.parentId (0 only for the district) and returns its id.
    Result<qint64> add(const Organisation &draft);
    /// Saves the fields of an existing organisation (its parent and dissolved date stay).
    Outcome update(const Organisation &edited);

    /// Whether id may move under newParentId: no cycle, an allowed parent, a free name.
    Outcome canMove(qint64 id, qint64 newParentId) const;
    Outcome move(qint64 id, qint64 newParentId);

    /// Retires id and every active organisation below it on the given date; history stays.
    Outcome retire(qint64 id, const QDate &on, const QDate &today = QDate::currentDate());
    /// Makes a retired organisation active again (its parent must be active).
    Outcome reinstate(qint64 id);

    /// Deleting is only for an organisation with nothing attached (entered by mistake).
    Outcome canRemove(qint64 id) const;
    Outcome remove(qint64 id);

    /// Tells every listener that the tree changed wholesale (demo data loaded, an import).
    void announceReset() { Q_EMIT reset(); }

    /// Waits until no other clerk is changing the tree (SqlDialect::takeTurn), inside the write
    /// transaction: lineages and the next id read after it stay true to the commit. Every change
    /// that places organisations takes it (this service, the district's merge).
    static Outcome takeTreeTurn(const Database &database);

Q_SIGNALS:
    void added(qint64 id, qint64 parentId);
    void changed(qint64 id);
    void moved(qint64 id, qint64 oldParentId, qint64 newParentId);
    void removed(qint64 id, qint64 parentId);
    /// Many nodes changed at once (retiring a subtree, loading demo data): reload what is shown.
    void reset();

private:
    Result<qint64> addOnce(const Organisation &draft);
    Outcome updateOnce(const Organisation &edited);
    Outcome moveOnce(qint64 id, qint64 newParentId);
    Database &m_database;
    OrgRepository m_repository;
};
