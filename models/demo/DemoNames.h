#pragma once

#include <QString>
#include <QStringList>

class DemoRandom;

/// Realistic Chinese names for demo data: people, places, organisations.
namespace DemoNames {

enum class Gender { Male, Female };

/// A full name such as 王建国 or 李静, surnames by their frequency in China.
QString person(DemoRandom &random, Gender gender);
QString person(DemoRandom &random);

/// A mobile number that looks real (139xxxxxxxx).
QString mobile(DemoRandom &random);

/// Distinct community names (without 社区), as many as asked for, from a seeded pool.
QStringList communityStems(DemoRandom &random, int count);

/// Distinct sub-district names (without 街道).
QStringList subdistrictStems(DemoRandom &random, int count);

/// A road name for an address.
QString road(DemoRandom &random);

} // namespace DemoNames
