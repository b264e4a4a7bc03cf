#pragma once

#include "CobuildRecords.h"
#include "core/Result.h"

#include <QObject>

class Database;

/// Two of the three lists (三张清单): communities' needs and units' resources, in one category
/// list so that they can be matched; and the matching itself.
class NeedService : public QObject
{
    Q_OBJECT

public:
    explicit NeedService(Database &database, QObject *parent = nullptr);

    Result<qint64> addNeed(const Need &need, const QDate &today = QDate::currentDate());
    Outcome fulfil(qint64 needId, const QDate &on);
    Outcome withdrawNeed(qint64 needId, const QDate &on);
    Result<qint64> addResource(const Resource &resource);
    Outcome withdrawResource(qint64 resourceId, const QDate &on);
    /// Links a resource to a need and marks the need matched.
    Outcome match(qint64 needId, qint64 resourceId, const QDate &on);

    std::optional<Need> need(qint64 id) const;
    std::optional<Resource> resource(qint64 id) const;
    /// The titles of the resources matched to a need, with their units.
    QStringList matchedResources(qint64 needId) const;

    QList<CobuildCategory> categories(bool includeRetired = false) const;
    Result<qint64> addCategory(const QString &name);
    Outcome renameCategory(qint64 id, const QString &name);
    /// The categories dialog's rows (id 0: a new one), saved all or none.
    Outcome saveCategories(const QList<CobuildCategory> &rows);
    Outcome setCategoryRetired(qint64 id, bool retired);

Q_SIGNALS:
    void changed();
    void categoriesChanged();

private:
    Outcome setNeedState(qint64 needId, NeedState state, const QDate &on);
    /// One change in its own transaction; guarded: refused when it changed no row (another clerk
    /// moved the record on first, RecordVersion::changedMeanwhile).
    Outcome write(const QString &sql, const QVariantMap &values, bool guarded = false);
    Outcome checkCategory(qint64 id) const;

    Database &m_database;
};
