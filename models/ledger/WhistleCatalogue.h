#pragma once

#include "LedgerFlow.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class Database;

/// A department a whistle summons (区城管局, 派出所 …).
struct Department
{
    qint64 id = 0;
    QString name;
    bool retired = false;
};

/// A matter of the catalogue (吹哨报到事项): its whistle, the working days the summoned departments
/// have to report done, and the departments it summons — "1+N": the sub-district leads, N
/// departments support.
struct WhistleMatter
{
    qint64 id = 0;
    QString name;
    Whistle whistle = Whistle::Quick;
    int days = 5;
    bool retired = false;
    QList<qint64> departmentIds;
    QStringList departments; ///< their names, as read
};

/// The sub-district's catalogue of whistle matters and the register of departments: read, and
/// saved each in one transaction.
class WhistleCatalogue : public QObject
{
    Q_OBJECT

public:
    explicit WhistleCatalogue(Database &database, QObject *parent = nullptr);

    QList<Department> departments(bool includeRetired = false) const;
    QList<WhistleMatter> matters(bool includeRetired = false) const;
    /// The same, or the reason they cannot be read (a step that depends on them is refused).
    Result<QList<WhistleMatter>> readMatters(bool includeRetired) const;
    std::optional<WhistleMatter> matter(qint64 id) const;
    /// A matter by its number or its exact name.
    std::optional<WhistleMatter> findMatter(const QString &idOrName) const;
    std::optional<qint64> departmentByName(const QString &name) const;

    /// Adds (id 0) or renames and retires a department; the new id.
    Result<qint64> saveDepartment(const Department &department);
    /// Adds or changes a matter and the departments it summons, named (departments not yet in the
    /// register are added to it); the matter's id.
    Result<qint64> saveMatter(const WhistleMatter &matter, const QStringList &departmentNames);

    /// Saves every matter or none (one transaction), each with the departments it names; a refusal
    /// names the row.
    Outcome saveMatters(const QList<std::pair<WhistleMatter, QStringList>> &matters);

    /// The working days a whistle gives by default: quick 3, emergency 1, tough 10.
    static int defaultDays(Whistle whistle);

Q_SIGNALS:
    void changed();

private:
    Result<qint64> writeMatter(const WhistleMatter &matter, const QStringList &departmentNames);
    Result<qint64> ensureDepartment(const QString &name);

    Database &m_database;
};
