#pragma once

// How far a load of every meeting from the store has got, for a window to
// show while it waits, and the way to stop a load whose data nobody wants any
// more (another database opened, the window closed). At ten million meetings
// a load takes tens of seconds and gigabytes: one left to run beside the next
// would hold both.
//
// The loading thread writes; any other thread reads or cancels.

#include <atomic>
#include <cstddef>
#include <stdexcept>

namespace parley {

// Thrown out of a load once it was cancelled.
class LoadCancelled : public std::runtime_error {
public:
    LoadCancelled()
        : std::runtime_error("the load was cancelled")
    {
    }
};

class LoadProgress {
public:
    // A loop over rows reports every kStep of them: nothing is done per row.
    static constexpr std::size_t kStep = 1 << 16;

    void expect(std::size_t meetings) { m_expected.store(meetings, std::memory_order_relaxed); }
    // MEETINGS read so far; throws LoadCancelled once the load was cancelled.
    void reached(std::size_t meetings)
    {
        m_read.store(meetings, std::memory_order_relaxed);
        throwIfCancelled();
    }
    void throwIfCancelled() const
    {
        if (m_cancelled.load(std::memory_order_relaxed))
            throw LoadCancelled();
    }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

    // Zero until the store's rows are being read; then every meeting's
    // reaches meetingsExpected(), and what follows puts them in order.
    std::size_t meetingsExpected() const { return m_expected.load(std::memory_order_relaxed); }
    std::size_t meetingsRead() const { return m_read.load(std::memory_order_relaxed); }

private:
    std::atomic<std::size_t> m_expected{0};
    std::atomic<std::size_t> m_read{0};
    std::atomic<bool> m_cancelled{false};
};

// Throws LoadCancelled once PROGRESS, when given, was cancelled: the look
// between the steps of a load that may have none.
inline void stopIfCancelled(const LoadProgress* progress)
{
    if (progress)
        progress->throwIfCancelled();
}

} // namespace parley
