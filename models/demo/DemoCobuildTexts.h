#pragma once

#include <QString>
#include <QStringList>

class DemoRandom;

/// What co-building looks like on paper in a sub-district office: units, needs, resources,
/// projects, meeting topics, as the seeds describe them.
namespace DemoCobuildTexts {

/// Unit type codes in the proportion of the seeds: organs and non-public/social ones dominate.
QString unitType(DemoRandom &random, int index, int count);
/// A unit name of that type; uniqueness is the caller's.
QString unitName(DemoRandom &random, const QString &type, const QString &district, const QString &place);
/// The unit's own party organisation, from its name.
QString partyOrganisation(const QString &unitName, const QString &type);

/// A need of the category at position `category` (0 场地阵地 … 6 其他).
QString need(DemoRandom &random, int category);
/// A resource of the category at position `category`, with a capacity.
QString resource(DemoRandom &random, int category);
QString capacity(DemoRandom &random, int category);

QString commitments(DemoRandom &random);
QString activity(DemoRandom &random);
QString project(DemoRandom &random, const QString &kind);
QString review(DemoRandom &random);

QString meetingTopics(DemoRandom &random);
/// One to three resolutions, one per line.
QStringList resolutions(DemoRandom &random);

} // namespace DemoCobuildTexts
