#pragma once

#include <QString>

class DemoRandom;

/// What residents ask about, per default category, as grid workers write it down.
namespace DemoLedgerTexts {

struct Request
{
    QString title;
    QString description;
};

/// A request of the category at position `category` (0 环境卫生 … 8 其他) near a place.
Request request(DemoRandom &random, int category, const QString &place);
/// What was done, for the close step.
QString result(DemoRandom &random, int category);

} // namespace DemoLedgerTexts
