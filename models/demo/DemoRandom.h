#pragma once

#include <QDate>
#include <QList>

#include <cstdint>

/// A small, portable pseudo-random source (SplitMix64) for demo data: the same seed gives the same
/// numbers on every compiler and platform, which std::uniform_int_distribution does not promise.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    /// A number in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % std::uint64_t(bound)); }
    /// A number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    /// True with probability p.
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }
    /// A day in [from, to].
    QDate dateBetween(const QDate &from, const QDate &to)
    {
        return from.addDays(below(int(from.daysTo(to)) + 1));
    }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    /// Splits total into parts whose sizes differ by at most one, the larger ones placed at random.
    QList<int> spread(int total, int parts)
    {
        QList<int> sizes(parts, parts > 0 ? total / parts : 0);
        int extra = parts > 0 ? total % parts : 0;
        while (extra > 0) {
            const int i = below(parts);
            if (sizes[i] == total / parts) {
                ++sizes[i];
                --extra;
            }
        }
        return sizes;
    }

private:
    std::uint64_t m_state;
};
