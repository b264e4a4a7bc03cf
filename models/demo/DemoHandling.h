#pragma once

#include "DemoRandom.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The demo's handling as the seeds run it, beside the ledger's loop: the district's catalogue of
/// 33 whistle matters (seed 002: 快捷哨, 应急哨, 攻坚哨, "1+N") and the departments they summon; the
/// units of the register items are dispatched to; the categories a leader signs off. It draws from
/// a random source of its own, so that the ledger's items, states and figures stay those of the
/// seed.
class DemoHandling
{
public:
    struct Matter
    {
        qint64 id = 0;
        QString name;
        int days = 0;
        int category = -1; ///< the ledger category (by position) whose items it serves
        QList<std::pair<qint64, QString>> departments;
    };
    struct Unit
    {
        qint64 id = 0;
        QString name;
    };

    DemoHandling(const QSqlDatabase &db, std::uint64_t seed);

    /// Writes the departments and the catalogue, marks the categories closed by a leader's sign-off,
    /// and reads the units of the register by sub-district. The caller holds the transaction.
    Outcome prepare();

    /// A matter of the whistle drawn for an escalated item, of the item's category where one is.
    const Matter &matterFor(const QString &whistle, int categoryIndex);
    /// A unit of the sub-district's register for a dispatched item, or none (a volunteer, a
    /// property service centre not in the register).
    std::optional<Unit> unitFor(qint64 subdistrictId);
    /// Whether the category's items close with a leader's sign-off.
    bool signedOff(qint64 categoryId) const { return m_signedOff.contains(categoryId); }
    /// The leader who signs off in a sub-district.
    QString leaderOf(qint64 subdistrictId);
    DemoRandom &random() { return m_random; }

private:
    QSqlDatabase m_db;
    DemoRandom m_random;
    QHash<QString, QList<Matter>> m_matters; ///< by whistle code
    QHash<qint64, QList<Unit>> m_units;      ///< by sub-district
    QHash<qint64, QString> m_leaders;
    QSet<qint64> m_signedOff;
};
