#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace parley {

// A column of values that never changes once made: either its own vector or
// a stretch of memory someone else keeps (a snapshot file mapped into
// memory), held alive by KEEPER. Copies share the values, so a view patched
// after an edit keeps the columns it did not touch without copying them.
template <typename T> class Column {
public:
    Column() = default;
    explicit Column(std::vector<T> values)
    {
        auto owned = std::make_shared<const std::vector<T>>(std::move(values));
        m_values = *owned;
        m_keeper = std::move(owned);
    }
    Column(std::shared_ptr<const void> keeper, std::span<const T> values)
        : m_keeper(std::move(keeper))
        , m_values(values)
    {
    }

    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }
    const T& operator[](std::size_t at) const { return m_values[at]; }
    const T& front() const { return m_values.front(); }
    const T& back() const { return m_values.back(); }
    const T* begin() const { return m_values.data(); }
    const T* end() const { return m_values.data() + m_values.size(); }
    std::span<const T> span() const { return m_values; }
    operator std::span<const T>() const { return m_values; }

    bool operator==(const Column& other) const { return std::ranges::equal(*this, other); }

private:
    std::shared_ptr<const void> m_keeper;
    std::span<const T> m_values;
};

// Text in a column, read as a string_view.
inline std::string_view textOf(const Column<char>& column)
{
    return {column.begin(), column.size()};
}

} // namespace parley
