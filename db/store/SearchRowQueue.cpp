#include "db/store/SearchRowQueue.h"

namespace parley {

namespace {

constexpr std::size_t kBatch = 8192;
// Batches handed and not yet taken: about 10 MB of meetings' texts.
constexpr std::size_t kMaxWaiting = 4;

std::optional<std::string> owned(std::optional<std::string_view> text)
{
    return text ? std::optional<std::string>(*text) : std::nullopt;
}

} // namespace

void SearchRowQueue::push(const SearchRow& row)
{
    m_filling.push_back(
        {row.rowid, std::string(row.title), owned(row.summary), owned(row.location)});
    if (m_filling.size() >= kBatch)
        hand();
}

void SearchRowQueue::close()
{
    hand();
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

bool SearchRowQueue::pop(SearchRow& row)
{
    if (m_next == m_taken.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_handed.empty() || m_closed || m_stopped; });
        if (m_handed.empty() || m_stopped)
            return false;
        m_taken = std::move(m_handed.front());
        m_handed.pop_front();
        m_next = 0;
        m_changed.notify_all(); // room for the writer
    }
    const auto& next = m_taken[m_next++];
    row = {next.rowid, next.title, next.summary, next.location};
    return true;
}

void SearchRowQueue::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_handed.clear();
    m_changed.notify_all();
}

void SearchRowQueue::hand()
{
    if (m_filling.empty())
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_handed.size() < kMaxWaiting || m_stopped; });
    if (!m_stopped)
        m_handed.push_back(std::move(m_filling));
    m_filling = {};
    m_changed.notify_all();
}

} // namespace parley
