#pragma once

// The Office of the Historian's records as a parley/1 dataset: the foreign
// trips of U.S. Presidents and Secretaries of State, the visits of foreign
// leaders to the United States, and the Principal Officers and Chiefs of
// Mission with their offices. What becomes what is written down in
// docs/office-of-the-historian.md.

#include "db/model/Records.h"

#include <cstddef>
#include <filesystem>

namespace parley {

// What the records held, counted as they were read.
struct HsgCounts {
    std::size_t trips = 0;
    std::size_t visits = 0;
    std::size_t people = 0;              // of pocom/people
    std::size_t presidentTerms = 0;      // of travels/presidents/presidents.xml
    std::size_t visitors = 0;            // officials made from visits' visitor strings
    std::size_t appointments = 0;        // become positions
    std::size_t undatedAppointments = 0; // with no date at all, left out
};

struct HsgDataset {
    Dataset dataset; // sorted as export writes it
    HsgCounts counts;
};

// Reads a folder laid out like the Office's repositories: travels/, visits/
// and pocom/, each of which may be missing (each present is read), and not
// all three. The dataset passes checkDataset. Throws DataError naming the
// file, the record and the field at the first problem: XML that is not well
// formed or not UTF-8, a record without a date or with one that does not
// exist, a country slug Parley cannot map, an id used twice, an appointment
// of a person pocom/people does not hold.
HsgDataset readHsgFolder(const std::filesystem::path& folder);

} // namespace parley
