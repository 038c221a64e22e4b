#include "db/index/RecordsFile.h"

#include "db/index/LoadProgress.h"
#include "db/index/SnapshotFile.h"
#include "db/model/Dates.h"
#include "db/store/Store.h"

#include <array>
#include <cstdint>
#include <optional>

namespace parley {

namespace {

// Each kind of record is described once, field by field (describe() below),
// for a writer and a reader alike, so that the two cannot disagree on the
// order. Every field of every record of a list is one section: texts as
// strings, optional values with a flag each, dates as day numbers, lists as
// a count per record and then all their values, described in turn.

template <typename Record> class FieldWriter {
public:
    FieldWriter(SnapshotWriter& out, const std::vector<Record>& records)
        : m_out(out)
        , m_records(records)
    {
    }

    void text(std::string Record::*field)
    {
        std::vector<std::string> texts;
        texts.reserve(m_records.size());
        for (const auto& record : m_records)
            texts.push_back(record.*field);
        m_out.strings(texts);
    }
    void optionalText(std::optional<std::string> Record::*field)
    {
        flags(field);
        std::vector<std::string> texts;
        texts.reserve(m_records.size());
        for (const auto& record : m_records)
            texts.push_back((record.*field).value_or(std::string()));
        m_out.strings(texts);
    }
    void day(Date Record::*field)
    {
        std::vector<std::int32_t> days;
        days.reserve(m_records.size());
        for (const auto& record : m_records)
            days.push_back(dayNumber(record.*field));
        m_out.vector(days);
    }
    void optionalDay(std::optional<Date> Record::*field)
    {
        flags(field);
        std::vector<std::int32_t> days;
        days.reserve(m_records.size());
        for (const auto& record : m_records)
            days.push_back((record.*field) ? dayNumber(*(record.*field)) : 0);
        m_out.vector(days);
    }
    void precision(Precision Record::*field)
    {
        std::vector<std::uint8_t> values;
        values.reserve(m_records.size());
        for (const auto& record : m_records)
            values.push_back(static_cast<std::uint8_t>(record.*field));
        m_out.vector(values);
    }
    void textList(std::vector<std::string> Record::*field)
    {
        const auto values = flattened(field);
        m_out.strings(values);
    }
    template <typename Value, typename Describe>
    void list(std::vector<Value> Record::*field, Describe describe)
    {
        const auto values = flattened(field);
        FieldWriter<Value> each(m_out, values);
        describe(each);
    }

private:
    template <typename Field> void flags(Field Record::*field)
    {
        std::vector<std::uint8_t> present;
        present.reserve(m_records.size());
        for (const auto& record : m_records)
            present.push_back((record.*field).has_value() ? 1 : 0);
        m_out.vector(present);
    }
    // Writes how many values each record has; returns them all, in order.
    template <typename Value> std::vector<Value> flattened(std::vector<Value> Record::*field)
    {
        std::vector<std::uint32_t> counts;
        std::vector<Value> values;
        counts.reserve(m_records.size());
        for (const auto& record : m_records) {
            counts.push_back(static_cast<std::uint32_t>((record.*field).size()));
            values.insert(values.end(), (record.*field).begin(), (record.*field).end());
        }
        m_out.vector(counts);
        return values;
    }

    SnapshotWriter& m_out;
    const std::vector<Record>& m_records;
};

template <typename Record> class FieldReader {
public:
    FieldReader(SnapshotReader& in, std::vector<Record>& records)
        : m_in(in)
        , m_records(records)
    {
    }

    void text(std::string Record::*field)
    {
        auto texts = strings(m_records.size());
        for (std::size_t at = 0; at < m_records.size(); ++at)
            m_records[at].*field = std::move(texts[at]);
    }
    void optionalText(std::optional<std::string> Record::*field)
    {
        const auto present = flags();
        auto texts = strings(m_records.size());
        for (std::size_t at = 0; at < m_records.size(); ++at) {
            if (present[at])
                m_records[at].*field = std::move(texts[at]);
        }
    }
    void day(Date Record::*field)
    {
        const auto days = column<std::int32_t>();
        for (std::size_t at = 0; at < m_records.size(); ++at)
            m_records[at].*field = dateOf(days[at]);
    }
    void optionalDay(std::optional<Date> Record::*field)
    {
        const auto present = flags();
        const auto days = column<std::int32_t>();
        for (std::size_t at = 0; at < m_records.size(); ++at) {
            if (present[at])
                m_records[at].*field = dateOf(days[at]);
        }
    }
    void precision(Precision Record::*field)
    {
        const auto values = column<std::uint8_t>();
        for (std::size_t at = 0; at < m_records.size(); ++at) {
            if (values[at] > static_cast<std::uint8_t>(Precision::Year))
                m_in.refuse("a precision that does not exist");
            m_records[at].*field = static_cast<Precision>(values[at]);
        }
    }
    void textList(std::vector<std::string> Record::*field)
    {
        const auto counts = column<std::uint32_t>();
        auto values = strings(total(counts));
        distribute(field, counts, std::move(values));
    }
    template <typename Value, typename Describe>
    void list(std::vector<Value> Record::*field, Describe describe)
    {
        const auto counts = column<std::uint32_t>();
        std::vector<Value> values(total(counts));
        FieldReader<Value> each(m_in, values);
        describe(each);
        distribute(field, counts, std::move(values));
    }

private:
    // One value per record.
    template <typename T> Column<T> column()
    {
        auto values = m_in.column<T>();
        if (values.size() != m_records.size())
            m_in.refuse("a field of another number of records");
        return values;
    }
    Column<std::uint8_t> flags() { return column<std::uint8_t>(); }
    std::vector<std::string> strings(std::size_t count)
    {
        auto texts = m_in.strings();
        if (texts.size() != count)
            m_in.refuse("a field of another number of records");
        return texts;
    }
    Date dateOf(std::int32_t day) const
    {
        // Boost's calendar holds years 1400 to 9999.
        static const std::int32_t first = dayNumber(Date(1400, 1, 1));
        static const std::int32_t last = dayNumber(Date(9999, 12, 31));
        if (day < first || day > last)
            m_in.refuse("a date out of range");
        return dateOfDay(day);
    }
    // How many values the lists have, checked before they are allocated:
    // each takes at least the four bytes of its first text's end.
    std::size_t total(const Column<std::uint32_t>& counts) const
    {
        std::uint64_t sum = 0;
        for (const auto count : counts)
            sum += count;
        if (sum > m_in.bytesLeft() / sizeof(std::uint32_t))
            m_in.refuse("more values than the file holds");
        return static_cast<std::size_t>(sum);
    }
    template <typename Value>
    void distribute(std::vector<Value> Record::*field, const Column<std::uint32_t>& counts,
                    std::vector<Value> values)
    {
        auto next = values.begin();
        for (std::size_t at = 0; at < m_records.size(); ++at) {
            auto& into = m_records[at].*field;
            into.assign(std::make_move_iterator(next), std::make_move_iterator(next + counts[at]));
            next += counts[at];
        }
    }

    SnapshotReader& m_in;
    std::vector<Record>& m_records;
};

template <typename Fields> void describe(Fields& official, const std::vector<Official>*)
{
    official.text(&Official::id);
    official.text(&Official::name);
    official.text(&Official::country);
    official.optionalText(&Official::nativeName);
    official.textList(&Official::aliases);
    official.list(&Official::positions, [](auto& position) {
        position.text(&Position::title);
        position.text(&Position::organization);
        position.day(&Position::start);
        position.optionalDay(&Position::end);
    });
}

template <typename Fields> void describe(Fields& country, const std::vector<Country>*)
{
    country.text(&Country::code);
    country.text(&Country::name);
}

template <typename Fields> void describe(Fields& topic, const std::vector<Topic>*)
{
    topic.text(&Topic::id);
    topic.text(&Topic::name);
    topic.optionalText(&Topic::parent);
}

template <typename Fields> void describe(Fields& measure, const std::vector<Measure>*)
{
    measure.text(&Measure::id);
    measure.text(&Measure::title);
    measure.text(&Measure::kind);
    measure.text(&Measure::imposedBy);
    measure.textList(&Measure::targets);
    measure.optionalText(&Measure::targetEntity);
    measure.day(&Measure::announced);
    measure.precision(&Measure::precision);
    measure.textList(&Measure::topics);
    measure.optionalText(&Measure::summary);
    measure.textList(&Measure::sources);
}

template <typename Records> void write(SnapshotWriter& out, const Records& records)
{
    FieldWriter fields(out, records);
    describe(fields, &records);
}

template <typename Records> void read(SnapshotReader& in, Records& records)
{
    FieldReader fields(in, records);
    describe(fields, &records);
}

} // namespace

ReferenceRecords loadReferenceRecords(const Store& store, const LoadProgress* progress)
{
    ReferenceRecords records;
    stopIfCancelled(progress);
    records.officials = store.officials();
    stopIfCancelled(progress);
    records.countries = store.countries();
    records.topics = store.topics();
    records.measures = store.measures(Filter());
    stopIfCancelled(progress); // before anyone builds on them
    return records;
}

std::filesystem::path recordsFileBeside(const std::filesystem::path& columnsFile)
{
    if (columnsFile.empty())
        return {};
    auto file = columnsFile;
    return file.replace_extension(".records");
}

void saveReferenceRecords(const ReferenceRecords& records, const std::filesystem::path& file,
                          const std::string& stamp)
{
    SnapshotWriter out(file, stamp);
    const std::array<std::uint64_t, 4> counts{records.officials.size(), records.countries.size(),
                                              records.topics.size(), records.measures.size()};
    out.vector(counts);
    write(out, records.officials);
    write(out, records.countries);
    write(out, records.topics);
    write(out, records.measures);
    out.commit();
}

ReferenceRecords readReferenceRecords(const std::filesystem::path& file, const std::string& stamp)
{
    SnapshotReader in(file, stamp);
    const auto counts = in.column<std::uint64_t>();
    if (counts.size() != 4)
        in.refuse("not a file of records");
    // Each record takes at least the four bytes of its first text's end: a
    // count is checked against the file before it is allocated.
    ReferenceRecords records;
    const auto sized = [&](auto& list, std::uint64_t count) {
        if (count > in.bytesLeft() / sizeof(std::uint32_t))
            in.refuse("more records than the file holds");
        list.resize(count);
    };
    sized(records.officials, counts[0]);
    sized(records.countries, counts[1]);
    sized(records.topics, counts[2]);
    sized(records.measures, counts[3]);
    read(in, records.officials);
    read(in, records.countries);
    read(in, records.topics);
    read(in, records.measures);
    in.finish();
    return records;
}

} // namespace parley
