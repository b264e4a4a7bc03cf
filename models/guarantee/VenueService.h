#pragma once

#include "Venue.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QObject>

class Database;

/// The register of venues (阵地): adding one, correcting it, closing it, and the venues of a
/// subtree or near an organisation (the places an activity or a meeting can be held). Each change
/// is one transaction, checked first.
class VenueService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxArea = 1000000;

    explicit VenueService(Database &database, QObject *parent = nullptr);

    Result<qint64> add(const Venue &venue, const QDate &today = QDate::currentDate());
    /// Writes the venue's details (all but its organisation and its closing).
    Outcome update(const Venue &venue, const QDate &today = QDate::currentDate());
    /// Closes a venue from the day on (it stays on record, and what was held there).
    Outcome close(qint64 venueId, const QDate &on);

    /// The venues of the subtree of orgId (0: all), by organisation and name; closed ones too when
    /// asked. A read that fails is said (the register is never shown empty for it).
    Result<QList<Venue>> venues(qint64 orgId, bool withClosed = false) const;
    static Result<QList<Venue>> venues(const QSqlDatabase &db, qint64 orgId, bool withClosed);
    /// The venues open on the day that an activity or a meeting of orgId can be held at: those of
    /// its sub-district (or sector) and of the district itself.
    Result<QList<Venue>> usableBy(qint64 orgId, const QDate &on = QDate::currentDate()) const;
    std::optional<Venue> venue(qint64 venueId) const;
    /// What was held at the venue, newest first: "2026-11-03 活动: 重阳节敬老" lines, at most limit.
    Result<QStringList> usesOf(qint64 venueId, int limit = 20) const;
    /// Whether something can be held at the venue on the day: it exists and is open. No venue
    /// (0) is always allowed. Called inside the write transaction: it takes the venue's turn, so
    /// that a venue closed meanwhile by another clerk is seen closed.
    static Outcome usableOn(const QSqlDatabase &db, qint64 venueId, const QDate &day);

Q_SIGNALS:
    void changed();

private:
    Outcome checked(const Venue &venue, const QDate &today) const;
    /// The first and last day something was held at the venue (null when nothing was).
    Result<std::pair<QDate, QDate>> usedFromTo(qint64 venueId) const;
    static Result<QList<Venue>> read(const QSqlDatabase &db, const QString &where, const QVariantMap &values);

    Database &m_database;
};
