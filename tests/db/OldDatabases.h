#pragma once

// Databases as older Parleys made them, built by the migration steps that
// Parley keeps. Test programs that include it link SQLiteCpp.

#include "tests/db/TestData.h"

#include "db/store/DatasetImport.h"
#include "db/store/Schema.h"

#include <SQLiteCpp/Database.h>

namespace parley::test {

// The test dataset in a database of schema version 1 (Parley 0.1).
inline void makeVersionOneDatabase(const fs::path& file)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    schema::migrate(db, 1);
    importDataset(db, testDataset());
}

} // namespace parley::test
