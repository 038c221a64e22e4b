#include "db/store/SearchFacets.h"

#include "db/store/SearchText.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace parley {

namespace {

// The officials whose name, native name or one of whose aliases holds the
// word (three bindings of it). Officials are few beside meetings, so reading
// their names is cheap where an index of every meeting's participants' names
// would cost the full-text index several times its size.
constexpr const char* kOfficialsNaming =
    "SELECT id FROM official WHERE instr(lower(name || ' ' || coalesce(native_name, '')),"
    " lower(?)) > 0 UNION SELECT official_id FROM official_alias"
    " WHERE instr(lower(alias), lower(?)) > 0";

bool namesSomeone(SQLite::Database& db, const std::string& word)
{
    SQLite::Statement query(db, std::string("SELECT EXISTS (") + kOfficialsNaming + ")");
    query.bind(1, word);
    query.bind(2, word);
    query.executeStep();
    return query.getColumn(0).getInt() != 0;
}

// The meetings whose text holds the word, as the search of plain words finds it.
SqlFragment meetingsSaying(const std::string& word)
{
    const auto search = plainWordsSearch(word);
    if (search.match)
        return {"SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ?", {*search.match}};
    return {"SELECT id FROM meeting m WHERE " +
                containsWord({"m.title", "m.summary", "m.location"}),
            {word}};
}

// The meetings of the search: FTS for the text's words in one MATCH, and each
// word shorter than the index can find looked for in the text itself.
std::vector<SqlFragment> meetingsSayingAll(const TextSearch& search)
{
    std::vector<SqlFragment> facets;
    if (search.match)
        facets.push_back(
            {"SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ?", {*search.match}});
    for (const auto& word : search.shortWords)
        facets.push_back(meetingsSaying(word));
    return facets;
}

} // namespace

std::string containsWord(std::initializer_list<const char*> columns)
{
    std::string text;
    for (const char* column : columns)
        text +=
            (text.empty() ? "coalesce(" : " || ' ' || coalesce(") + std::string(column) + ", '')";
    return "instr(lower(" + text + "), lower(?)) > 0";
}

std::vector<SqlFragment> meetingSearchFacets(SQLite::Database& db, std::string_view text)
{
    const auto search = textSearch(db, text);
    if (search.words.empty())
        return meetingsSayingAll(search);
    // A word that names nobody is looked for in the text only, all such words
    // in one MATCH as before; one that names someone finds their meetings too.
    std::vector<SqlFragment> facets;
    std::string textOnly;
    for (const auto& word : search.words) {
        if (!namesSomeone(db, word)) {
            textOnly += word + ' ';
            continue;
        }
        auto either = meetingsSaying(word);
        either.sql += std::string(" UNION ALL SELECT meeting_id FROM meeting_participant"
                                  " WHERE official_id IN (") +
                      kOfficialsNaming + ")";
        either.params.insert(either.params.end(), {word, word});
        facets.push_back(std::move(either));
    }
    auto rest = meetingsSayingAll(plainWordsSearch(textOnly));
    facets.insert(facets.end(), std::make_move_iterator(rest.begin()),
                  std::make_move_iterator(rest.end()));
    return facets;
}

} // namespace parley
