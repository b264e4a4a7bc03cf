#include "Fulfilment.h"

#include <algorithm>
#include <cmath>

Fulfilment Fulfilment::compute(const QDate &signedOn, const QDate &endsOn, int targetPerYear, int doneThisYear,
                               const QDate &asOf)
{
    Fulfilment f;
    f.done = doneThisYear;
    f.expiring = endsOn.isValid() && endsOn >= asOf && asOf.daysTo(endsOn) <= expiringWithinDays;
    const QDate yearStart(asOf.year(), 1, 1);
    const QDate yearEnd(asOf.year(), 12, 31);
    const QDate from = std::max(yearStart, signedOn);
    const QDate to = std::min(yearEnd, endsOn);
    if (targetPerYear <= 0 || !from.isValid() || !to.isValid() || to < from)
        return f;
    const double yearDays = yearStart.daysInYear();
    const double covered = from.daysTo(to) + 1;
    f.target = int(std::lround(targetPerYear * covered / yearDays));
    const double passed = asOf < from ? 0.0 : double(from.daysTo(std::min(asOf, to)) + 1);
    f.expectedByNow = int(std::floor(f.target * passed / covered + 1e-9));
    f.behind = f.done < f.expectedByNow;
    return f;
}
