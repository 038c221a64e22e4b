#pragma once

// What the db and CLI suites share: where the datasets are, loading them, the
// hand-written bad documents with what their errors must name, and scratch
// directories that clean up after themselves.

#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace parley::test {

namespace fs = std::filesystem;

// The source tree, as CTest passes it (cmake/ParleyTesting.cmake).
// The message of the DataError that LOAD throws, or "(no error)".
inline std::string errorOf(const std::function<void()>& load)
{
    try {
        load();
    } catch (const DataError& error) {
        return error.what();
    }
    return "(no error)";
}

inline fs::path sourceDir()
{
    const char* dir = std::getenv("PARLEY_SOURCE_DIR");
    if (!dir || !*dir)
        throw std::runtime_error("PARLEY_SOURCE_DIR is not set; run the tests through CTest");
    return dir;
}

// 52 meetings, 32 officials and 21 measures from 2017 to 2024.
inline fs::path testDatasetFile() { return sourceDir() / "tests/data/us-china-2017-2024.json"; }
// The 5 meetings of May 2023 that ship with Parley.
inline fs::path sampleDatasetFile() { return sourceDir() / "resources/sample/us-china-2023.json"; }
inline fs::path badDocumentFile(const std::string& name)
{
    return sourceDir() / "tests/data/bad" / name;
}

inline Dataset loadDataset(const fs::path& file)
{
    auto dataset = readDatasetFile(file);
    checkDataset(dataset, file.string());
    return dataset;
}

// Read once per test program; tests copy it before changing anything.
inline const Dataset& testDataset()
{
    static const Dataset dataset = loadDataset(testDatasetFile());
    return dataset;
}

// The dataset as an export gives it: arrays and their members ordered by id.
inline Dataset sortedById(Dataset dataset)
{
    sortDataset(dataset);
    return dataset;
}

inline Store storeWith(const Dataset& dataset)
{
    auto store = Store::inMemory();
    store.import(dataset);
    return store;
}

inline Date day(std::string_view iso)
{
    const auto date = parseIsoDate(iso);
    if (!date)
        throw std::invalid_argument("not a date: " + std::string(iso));
    return *date;
}

// A meeting with only what every meeting has: TITLE "Talks", HOST and KIND.
inline Meeting plainMeeting(std::string id, std::string_view start, std::string_view end,
                            Precision precision, std::string host = "US",
                            std::string kind = "bilateral")
{
    Meeting m;
    m.id = std::move(id);
    m.title = "Talks";
    m.start = day(start);
    m.end = day(end);
    m.precision = precision;
    m.host = std::move(host);
    m.kind = std::move(kind);
    return m;
}

inline Filter dateRange(std::string_view from, std::string_view to)
{
    Filter filter;
    filter.setFrom(day(from));
    filter.setTo(day(to));
    return filter;
}

template <typename Record> std::vector<std::string> idsOf(const std::vector<Record>& records)
{
    std::vector<std::string> ids;
    for (const auto& record : records) {
        if constexpr (requires { record.meeting; })
            ids.push_back(record.meeting);
        else
            ids.push_back(record.id);
    }
    return ids;
}

// The ids of the dataset's records that satisfy `keep`, in the order queries
// list them (by date, then id), to compare with what the store answers.
template <typename Record, typename Keep>
std::vector<std::string> expectedIds(std::vector<Record> records, Keep keep)
{
    std::erase_if(records, [&](const Record& record) { return !keep(record); });
    std::ranges::sort(records, [](const Record& a, const Record& b) {
        if constexpr (requires { a.announced; })
            return std::tie(a.announced, a.id) < std::tie(b.announced, b.id);
        else
            return std::tie(a.start, a.id) < std::tie(b.start, b.id);
    });
    return idsOf(records);
}

// The topic and every topic under it, from the dataset's own tree.
inline std::set<std::string> topicWithDescendants(const Dataset& dataset, const std::string& root)
{
    std::set<std::string> found{root};
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& topic : dataset.topics) {
            if (topic.parent && found.contains(*topic.parent))
                grew = found.insert(topic.id).second || grew;
        }
    }
    return found;
}

inline bool contains(const std::vector<std::string>& items, const std::string& item)
{
    return std::ranges::find(items, item) != items.end();
}

inline std::string readBytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const fs::path& file, std::string_view bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

// Checks that READ(FILE) refuses (throws REFUSED) the file's BYTES with any
// one byte changed (every 97th is tried: the header, the stamp, the lengths
// and all through the payload), and reads them as they are.
template <typename Refused, typename Read>
void expectEveryChangedByteRefused(const fs::path& file, const std::string& bytes, Read read)
{
    for (std::size_t at = 0; at < bytes.size(); at += 97) {
        auto damaged = bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
        writeBytes(file, damaged);
        EXPECT_THROW(read(file), Refused) << "byte " << at;
    }
    writeBytes(file, bytes);
    EXPECT_NO_THROW(read(file));
}

// Checks that READ() throws REFUSED with REASON in its message.
template <typename Refused, typename Read>
void expectRefusedBecause(const std::string& reason, Read read)
{
    try {
        read();
        ADD_FAILURE() << "read, not refused for being " << reason;
    } catch (const Refused& refused) {
        EXPECT_NE(std::string(refused.what()).find(reason), std::string::npos) << refused.what();
    }
}

// A copy of `sound` with `bytes` bytes from `offset` overwritten by garbage,
// as a failing disk or a bad copy leaves a database.
inline fs::path damagedCopy(const fs::path& sound, const fs::path& file, std::size_t offset,
                            std::size_t bytes)
{
    auto content = readBytes(sound);
    for (std::size_t i = offset; i < offset + bytes && i < content.size(); ++i)
        content[i] = static_cast<char>(0xA5 ^ (i * 7));
    writeBytes(file, content);
    return file;
}

// A fresh directory under the system's temporary directory, removed with
// everything in it when the test ends.
class TempDir {
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        std::random_device random;
        m_path = fs::temp_directory_path() /
                 ("parley-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
                  "-" + std::to_string(random()));
        fs::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const fs::path& path() const { return m_path; }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

// A hand-written document under tests/data/bad/ with one defect, and the parts
// its error message must hold besides the file name: where the defect is
// (array, id and field) or, for broken JSON, the line and column.
struct BadDocument {
    std::string file;
    std::vector<std::string> mustName;
};

inline void PrintTo(const BadDocument& document, std::ostream* out) { *out << document.file; }

inline std::vector<BadDocument> badDocuments()
{
    return {
        {"invalid-json.json", {"invalid JSON", "line 10, column 5"}},
        {"unknown-key.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", "colour", "unknown key"}},
        {"duplicate-id.json", {"officials[wang-wentao]", ".id", "duplicate id"}},
        {"dangling-reference.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".participants", "wang-yi"}},
        {"impossible-date.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".start", "2023-02-30"}},
        {"end-before-start.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".end", "before the start"}},
        {"precision-mismatch.json",
         {"meetings[trade-talks-2023-07]", ".start", "2023-07-15", "precision month"}},
        {"topic-cycle.json", {"topics[trade].parent", "cycle"}},
        {"wrong-type.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".participants", "expected an array"}},
        {"position-end-before-start.json",
         {"officials[gina-raimondo]", "positions[#0].end", "before the start"}},
        {"unknown-kind.json", {"measures[cn-micron-ban-2023]", ".kind", "embargo"}},
        {"wrong-format.json", {"format", "parley/2"}},
        {"truncated.json", {"invalid JSON", "line 15, column 6", "unexpected end of input"}},
        {"impossible-month.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".start", "2023-13-01"}},
        {"date-as-word.json", {"meetings[raimondo-wang-wentao-2023-05-25]", ".start", "yesterday"}},
        {"not-utf8.json", {"invalid JSON", "line 13, column 88", "ill-formed UTF-8"}},
        // UTF-8 is the only encoding; a UTF-8 byte-order mark is skipped.
        {"utf16.json", {"not UTF-8", "save it as UTF-8"}},
        {"empty.json", {"empty file"}},
        {"duplicate-key.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".title", "duplicate key"}},
        {"deep-nesting.json",
         {"meetings[raimondo-wang-wentao-2023-05-25]", ".topics", "nested more than 16 levels"}},
    };
}

} // namespace parley::test
