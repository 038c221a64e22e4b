// returnFreedMemory gives back the pages malloc kept of freed blocks: without
// it they stay in the process's resident set.
#include "support/FreedMemory.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <vector>

namespace parley::test {
namespace {

long residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

TEST(FreedMemory, LeavesTheResidentSet)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's allocator keeps freed memory its own way";
#endif
    // Blocks under malloc's mmap threshold come from its heap, and one kept
    // after them stops free() from shrinking the heap by itself.
    constexpr std::size_t kBlock = std::size_t{64} << 10;
    constexpr std::size_t kBlocks = 1280; // 80 MiB
    std::vector<char*> blocks;
    volatile char touched = 0;
    for (std::size_t i = 0; i < kBlocks; ++i) {
        auto* block = static_cast<char*>(std::malloc(kBlock));
        ASSERT_NE(block, nullptr);
        std::memset(block, 1, kBlock);
        touched = static_cast<char>(touched + block[i % kBlock]);
        blocks.push_back(block);
    }
    auto* kept = static_cast<char*>(std::malloc(16));
    for (auto* block : blocks)
        std::free(block);
    const long before = residentBytes();
    returnFreedMemory();
    const long after = residentBytes();
    EXPECT_GT(before - after, 60L << 20) << "resident before " << before << ", after " << after;
    std::free(kept);
}

} // namespace
} // namespace parley::test
