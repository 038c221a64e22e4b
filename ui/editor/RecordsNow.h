#pragma once

#include "db/model/ChangeSet.h"
#include "db/model/RecordRules.h"

#include <string>

namespace parley {
class Store;
}

namespace parley::ui {

// The id of one record of KIND.
RecordIds oneId(RecordKind kind, const std::string& id);

// Every record a change writes or removes, by kind, each id once and sorted.
RecordIds idsOf(const ChangeSet& change);
RecordIds idsOf(const Dataset& records);

// The records with these ids as the store holds them now, in id order; ids
// of no record are left out. Two reads compare equal exactly when nobody
// changed those records in between: that is how an edit notices that another
// program changed what it is about to write over.
Dataset recordsNow(const Store& store, const RecordIds& ids);

// Adds the records of FROM to INTO, each replacing its namesake.
void appendRecords(Dataset& into, const Dataset& from);

} // namespace parley::ui
