#pragma once

// The rules every record of a dataset keeps, whoever writes it: the parley/1
// reader and its check (DatasetCheck.h), the CSV reader, Store::apply and the
// window's forms. Each rule that a record breaks is a Problem naming the
// field (as parley/1 names it) and what is wrong, in the words the import
// errors use.

#include "db/model/Records.h"

#include <cstddef>
#include <string>
#include <vector>

namespace parley {

// The longest text a record may hold in one string (a title, a summary):
// longer text is refused rather than stored and drawn.
inline constexpr std::size_t kMaxTextBytes = std::size_t{64} * 1024;
// The longest id: ids appear in every message that names a record.
inline constexpr std::size_t kMaxIdBytes = 200;

enum class RecordKind { Source, Country, Topic, Official, Meeting, Measure };

// The ids that references may name: those of a document being read, or of a
// database with a change applied.
class KnownIds {
public:
    virtual ~KnownIds() = default;
    virtual bool contains(RecordKind kind, const std::string& id) const = 0;
    // Where the ids are, for messages: "defined in the document", "in the database".
    virtual std::string where() const = 0;
};

struct Problem {
    std::string field; // "end", "participants", "positions[#1].end"
    std::string message;
    bool operator==(const Problem&) const = default;
};

// What is wrong with a record, in the order of its fields; none when it is
// sound. References are checked against KNOWN.
std::vector<Problem> problemsOf(const Source& source);
std::vector<Problem> problemsOf(const Country& country);
std::vector<Problem> problemsOf(const Topic& topic, const KnownIds& known);
std::vector<Problem> problemsOf(const Official& official, const KnownIds& known);
std::vector<Problem> problemsOf(const Meeting& meeting, const KnownIds& known);
std::vector<Problem> problemsOf(const Measure& measure, const KnownIds& known);

// The message for a date written finer than its precision allows.
std::string precisionMismatch(Date date, Precision precision);
// The message for an id that is not a slug of at most kMaxIdBytes.
std::string notAnId(const std::string& id);

} // namespace parley
