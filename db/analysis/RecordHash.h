#pragma once

#include "db/model/Records.h"

#include <cstdint>
#include <string_view>

namespace parley {

// Fingerprints of records, stable from one run and one build of Parley to
// the next (they are kept in a file): a 64-bit hash over every field of the
// record in a form that cannot run two fields together (each text with its
// length, each list with its size). Two records with equal fields have the
// same fingerprint; any change to a field changes it (but for a 2^-64 chance).
std::uint64_t idHash(std::string_view id);
std::uint64_t contentHash(const Meeting& meeting);
std::uint64_t contentHash(const Official& official);
std::uint64_t contentHash(const Measure& measure);

} // namespace parley
