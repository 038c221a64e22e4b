#pragma once

// Internal to db/: the fast path that fills a brand-new database with records
// whose keys the caller chooses, for synthetic datasets of a million meetings.
// Unlike importDataset() it neither merges nor checks: the caller guarantees
// unique ids and valid references (`parley-db check` verifies them after).

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace parley {

class BulkWriter {
public:
    using Key = std::int64_t;
    using Text = std::optional<std::string_view>;

    enum class Link {
        MeetingParticipant,
        MeetingTopic,
        MeetingMeasure,
        MeetingSource,
        MeasureTarget,
        MeasureTopic,
        MeasureSource,
    };

    struct MeetingRow {
        Key key;
        std::string_view slug, title, start, end, precision; // dates as ISO text
        Text location;
        Key host;
        std::string_view kind;
        Text summary;
    };

    struct MeasureRow {
        Key key;
        std::string_view slug, title, kind;
        Key imposedBy;
        Text targetEntity;
        std::string_view announced, precision;
        Text summary;
    };

    // Opens `file`, a database that Store::create() has just made and nobody
    // else uses, and starts one transaction without a rollback journal: if
    // anything fails the file is garbage and must be deleted, never used.
    explicit BulkWriter(const std::filesystem::path& file);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    void country(Key key, std::string_view code, std::string_view name);
    void topic(Key key, std::string_view slug, std::string_view name, std::optional<Key> parent);
    void source(Key key, std::string_view slug, std::string_view publisher, std::string_view title,
                std::string_view published, Text url);
    void official(Key key, std::string_view slug, std::string_view name, Key country);
    void alias(Key official, std::string_view alias);
    void position(Key official, std::string_view title, std::string_view organization,
                  std::string_view start, Text end);
    void measure(const MeasureRow& row);
    void meeting(const MeetingRow& row);
    void link(Link table, Key owner, Key target);

    // Builds the secondary indexes and the full-text index, commits and
    // returns the file to its normal journal.
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace parley
