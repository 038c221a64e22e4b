#include "db/SearchText.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <sstream>

namespace parley {

namespace {

bool isBlank(unsigned char c) { return c <= ' '; }

// A word worth searching holds a letter or digit; bytes >= 0x80 are parts of
// non-ASCII letters (CJK, Cyrillic, accented Latin).
bool hasWordCharacter(std::string_view word)
{
    return std::ranges::any_of(word, [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

bool usesFtsSyntax(std::string_view text)
{
    if (text.find_first_of("\"()*^:+") != std::string_view::npos)
        return true;
    std::istringstream words{std::string(text)};
    std::string word;
    constexpr std::array<std::string_view, 4> operators{"AND", "OR", "NOT", "NEAR"};
    while (words >> word) {
        if (std::ranges::find(operators, word) != operators.end())
            return true;
    }
    return false;
}

bool isValidFtsQuery(SQLite::Database& db, const std::string& query)
{
    try {
        SQLite::Statement probe(db, "SELECT 1 FROM meeting_fts WHERE meeting_fts MATCH ? LIMIT 1");
        probe.bind(1, query);
        probe.executeStep();
        return true;
    } catch (const SQLite::Exception&) {
        return false;
    }
}

} // namespace

std::vector<std::string> searchWords(std::string_view text)
{
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isBlank(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isBlank(static_cast<unsigned char>(text[i])))
            ++i;
        const auto word = text.substr(start, i - start);
        if (hasWordCharacter(word))
            words.emplace_back(word);
    }
    return words;
}

std::optional<std::string> plainWordsQuery(std::string_view text)
{
    std::string query;
    for (const auto& word : searchWords(text)) {
        if (!query.empty())
            query += ' ';
        query += '"';
        for (char c : word)
            query += c == '"' ? std::string("\"\"") : std::string(1, c);
        query += "\"*";
    }
    return query.empty() ? std::nullopt : std::optional(query);
}

std::optional<std::string> ftsQuery(SQLite::Database& db, std::string_view text)
{
    if (usesFtsSyntax(text)) {
        std::string query(text);
        if (isValidFtsQuery(db, query))
            return query;
    }
    return plainWordsQuery(text);
}

} // namespace parley
