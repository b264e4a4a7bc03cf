#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// A resource suggested for a need, with what ranks it.
struct MatchCandidate
{
    qint64 resourceId = 0;
    QString title;
    QString unit;
    QString category;
    QString capacity;
    bool sameCategory = false;
    bool sameCommunity = false;
    bool sameSubdistrict = false;
    bool availableNow = false; ///< available on the as-of date (not only later)
    QDate availableFrom;
};

/// Suggests resources for a need: the same category first, then the same community, then the same
/// sub-district, then those available now before those available later (sooner first). Withdrawn
/// resources, resources whose period has ended and those already matched to the need are left out.
namespace ResourceMatcher {

QList<MatchCandidate> suggest(const QSqlDatabase &db, qint64 needId, const QDate &asOf, int limit = 50);
/// The ranking alone, in place (stable for equal candidates: lower resource numbers first).
void rank(QList<MatchCandidate> &candidates);

} // namespace ResourceMatcher
