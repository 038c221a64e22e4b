#pragma once

// Internal to db/exchange: the people of the Office of the Historian's
// Principal Officers and Chiefs of Mission (pocom/people/*/*.xml,
// pocom/schema/person.rnc upstream).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parley::hsg {

struct Person {
    std::string id;                   // the Office's person id ("blinken-antony-j")
    std::string name;                 // "Antony John Blinken", "Charles Wallace Adams Jr."
    std::string surname;              // "Blinken"
    std::vector<std::string> aliases; // the other names the Office records
    std::vector<std::string> oldIds;  // ids the Office used for them before
    std::optional<int> birth;         // the year
};

// Every person of people/ in `pocom`, in file order, refusing a person
// without an id or a surname and an id used twice.
std::vector<Person> readPeople(const std::filesystem::path& pocom);

} // namespace parley::hsg
