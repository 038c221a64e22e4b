// libFuzzer: any bytes as a parley/1 document. Reading and checking either
// gives a dataset or throws DataError; a dataset that passes imports into a
// store, and its export reads back to the same data. Anything else (another
// exception, a crash, a sanitizer report) is a finding.
#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/model/Errors.h"
#include "db/store/Store.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    parley::Dataset dataset;
    try {
        dataset = parley::parseDataset(text, "fuzz.json");
        parley::checkDataset(dataset, "fuzz.json");
    } catch (const parley::DataError&) {
        return 0;
    }
    auto store = parley::Store::inMemory();
    store.import(dataset);
    const auto exported = parley::writeDataset(store.exportAll());
    auto again = parley::parseDataset(exported, "export.json");
    parley::checkDataset(again, "export.json");
    auto copy = parley::Store::inMemory();
    copy.import(again);
    if (parley::writeDataset(copy.exportAll()) != exported)
        std::abort(); // an export that does not read back as itself
    return 0;
}
