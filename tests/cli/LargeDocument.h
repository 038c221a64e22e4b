#pragma once

// Large parley/1 documents made by the tests themselves, written as a stream
// so that making one takes no more memory than a line of it.

#include "tests/db/TestData.h"

#include <cstdio>
#include <optional>

namespace parley::test {

struct LargeDocument {
    std::size_t meetings = 0;
    std::size_t summaryBytes = 300;
    // The meeting (by position) that names a participant the document lacks:
    // the last one, say, so the error is found only after everything has
    // been read.
    std::optional<std::size_t> dangling = std::nullopt;
};

inline std::string largeMeetingId(std::size_t i)
{
    return "generated-meeting-" + std::to_string(i);
}

inline void writeLargeDocument(const fs::path& file, const LargeDocument& shape)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << R"({"format": "parley/1",
"sources": [{"id": "generator", "publisher": "Parley tests", "title": "Generated", "published": "2024-01-01"}],
"countries": [{"code": "CN", "name": "China"}, {"code": "US", "name": "United States"}],
"topics": [{"id": "generated-trade", "name": "Trade"}],
"officials": [{"id": "generated-envoy-us", "name": "Envoy A", "country": "US"},
              {"id": "generated-envoy-cn", "name": "Envoy B", "country": "CN"}],
"meetings": [
)";
    const std::string summary(shape.summaryBytes, 's');
    char date[16];
    for (std::size_t i = 0; i < shape.meetings; ++i) {
        std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 1900 + i / 336 % 200, 1 + i / 28 % 12,
                      1 + i % 28);
        const bool dangling = shape.dangling == i;
        out << (i ? ",\n" : "") << R"({"id": ")" << largeMeetingId(i)
            << R"(", "title": "Generated talks number )" << i << R"(", "start": ")" << date
            << R"(", "host": "US", "kind": "bilateral", "participants": ["generated-envoy-us", ")"
            << (dangling ? "nobody-at-all" : "generated-envoy-cn")
            << R"("], "topics": ["generated-trade"], "sources": ["generator"], "summary": ")"
            << summary << R"("})";
    }
    out << "\n],\n\"measures\": []}\n";
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

} // namespace parley::test
