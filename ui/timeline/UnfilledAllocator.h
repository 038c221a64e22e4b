#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace parley::ui {

// An allocator whose vectors leave new values of a trivial type unwritten
// on resize(), for values all written right after: at ten million meetings
// the timeline's 600 MB of lane items would otherwise be zeroed on one core
// before the cores that place the items write them again.
template <typename T> class UnfilledAllocator : public std::allocator<T> {
    static_assert(std::is_trivially_default_constructible_v<T>);

public:
    template <typename U> struct rebind {
        using other = UnfilledAllocator<U>;
    };

    UnfilledAllocator() = default;
    template <typename U> explicit UnfilledAllocator(const UnfilledAllocator<U>&) noexcept {}

    // Default-initialized: for a trivial type, nothing is written.
    template <typename U> void construct(U* value) noexcept { ::new (static_cast<void*>(value)) U; }
    template <typename U, typename... Arguments> void construct(U* value, Arguments&&... arguments)
    {
        ::new (static_cast<void*>(value)) U(std::forward<Arguments>(arguments)...);
    }
};

} // namespace parley::ui
