// libFuzzer: any bytes as search text, on a store holding the sample. Every
// query answers without throwing, and nothing changes the data.
#include "db/interchange/DatasetJson.h"
#include "db/model/DatasetCheck.h"
#include "db/store/Store.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

struct Sample {
    parley::Store store = parley::Store::inMemory();
    std::string exported;
    int meetings = 0;
    int inputs = 0;

    Sample()
    {
        auto dataset = parley::readDatasetFile(PARLEY_SAMPLE_FILE);
        parley::checkDataset(dataset, PARLEY_SAMPLE_FILE);
        store.import(dataset);
        exported = parley::writeDataset(store.exportAll());
        meetings = store.stats().meetings;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Sample sample;
    parley::Filter filter;
    filter.setText(std::string(reinterpret_cast<const char*>(data), size));
    sample.store.meetings(filter);
    sample.store.measures(filter);
    sample.store.meetingsPerCountry(filter);
    sample.store.meetingsPerTopic(filter);
    // Counting is cheap; a whole export, every 256 inputs, sees any change.
    if (sample.store.stats().meetings != sample.meetings ||
        (++sample.inputs % 256 == 0 &&
         parley::writeDataset(sample.store.exportAll()) != sample.exported))
        std::abort(); // a search changed the data
    return 0;
}
