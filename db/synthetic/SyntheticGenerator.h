#pragma once

// Internal to db/: draws the measures and meetings of a synthetic dataset and
// hands each one straight to a BulkWriter, so a million meetings never sit in
// memory at once.

#include "db/store/BulkWriter.h"
#include "db/synthetic/SyntheticData.h"
#include "db/synthetic/SyntheticRandom.h"
#include "db/synthetic/SyntheticWorld.h"

#include <optional>
#include <string>
#include <vector>

namespace parley::synthetic {

class Generator {
public:
    Generator(const SyntheticOptions& options, BulkWriter& writer);
    // Writes every record; the caller finishes the writer.
    void run();

private:
    using Key = BulkWriter::Key;

    void writeMeasures();
    void writeMeetings();
    void writeMeeting(Key key, int day, const World::Summit* summit);
    void writeMeetingLinks(Key key, int day, int end, std::vector<std::size_t> participants,
                           std::vector<Key> topics);

    const SyntheticOptions& m_options;
    BulkWriter& m_writer;
    Random m_random;
    World m_world;
    std::vector<int> m_measureDays;         // by measure key - 1, in date order
    std::string m_title, m_summary, m_slug; // reused buffers
};

} // namespace parley::synthetic
