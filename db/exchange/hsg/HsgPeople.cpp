#include "db/exchange/hsg/HsgPeople.h"

#include "db/exchange/hsg/HsgXml.h"

#include <map>

namespace parley::hsg {

std::vector<Person> readPeople(const std::filesystem::path& pocom)
{
    std::vector<Person> people;
    std::map<std::string, std::string> fileOfId;
    for (const auto& path : xmlFiles(pocom / "people", true)) {
        const XmlFile file(path, "person");
        const XmlRecord person(file, file.root(), 0);
        Person read;
        read.id = person.slug("id");
        read.surname = person.text("persName/surname");
        read.name = read.surname;
        if (const auto forename = person.optionalText("persName/forename"))
            read.name = *forename + " " + read.name;
        if (const auto generation = person.optionalText("persName/genName"))
            read.name += " " + *generation;
        for (const auto alternative : person.element("persName").children("altname")) {
            auto alias = plainText(alternative);
            if (!alias.empty() && alias != read.name)
                read.aliases.push_back(std::move(alias));
        }
        read.birth = person.optionalYear("birth");
        for (const auto old : person.element("old-ids").children("old-id")) {
            auto id = plainText(old);
            if (!id.empty())
                read.oldIds.push_back(std::move(id));
        }
        const auto [earlier, isNew] = fileOfId.emplace(read.id, file.name());
        if (!isNew)
            person.fail("id", inQuotes(read.id) + " is already the id of the person in " +
                                  earlier->second);
        people.push_back(std::move(read));
    }
    return people;
}

} // namespace parley::hsg
