#pragma once

#include "db/model/Records.h"

#include <string>

namespace parley {

// Checks the rules that span records: ids unique within their array, every
// reference defined in the document, end never before start, dates written as
// their precision says, a meeting's roles only for its participants, and a
// topic tree without cycles. Throws DataError whose message starts with
// `where` and names the array, the id and the field.
void checkDataset(const Dataset& dataset, const std::string& where);

// Orders arrays and their members by id, as export writes them.
void sortDataset(Dataset& dataset);

} // namespace parley
