#pragma once

// Internal to db/: the random numbers behind synthetic datasets. The standard
// distributions are implementation-defined, so the same seed could give other
// data with another standard library; these use only std::mt19937_64 (fully
// specified) and integer arithmetic, so a seed means the same dataset anywhere.

#include <algorithm>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace parley::synthetic {

class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, n), without modulo bias; n > 0.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        std::uint64_t x = m_engine();
        while (x >= limit)
            x = m_engine();
        return x % n;
    }

    // Uniform in [low, high].
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low) + 1));
    }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < static_cast<std::uint64_t>(perMille); }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(i))]);
    }

private:
    std::mt19937_64 m_engine;
};

// Picks index i with probability weights[i] / sum, by binary search over the
// running totals (integers, so the choice does not depend on rounding).
class WeightedChoice {
public:
    explicit WeightedChoice(std::span<const std::uint64_t> weights)
    {
        m_totals.reserve(weights.size());
        std::uint64_t total = 0;
        for (const auto weight : weights)
            m_totals.push_back(total += weight);
    }

    std::size_t operator()(Random& random) const
    {
        const std::uint64_t x = random.below(m_totals.back());
        return static_cast<std::size_t>(std::ranges::upper_bound(m_totals, x) - m_totals.begin());
    }

private:
    std::vector<std::uint64_t> m_totals;
};

// Zipf–Mandelbrot weights 1 / (rank + offset), scaled to integers: a few
// items get most of the choices, the rest a long tail.
inline std::vector<std::uint64_t> zipfWeights(std::size_t count, std::uint64_t offset)
{
    std::vector<std::uint64_t> weights(count);
    for (std::size_t rank = 0; rank < count; ++rank)
        weights[rank] = (std::uint64_t{1} << 40) / (rank + 1 + offset);
    return weights;
}

} // namespace parley::synthetic
