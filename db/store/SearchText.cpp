#include "db/store/SearchText.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace parley {

namespace {

// The trigram tokenizer matches nothing shorter than this many characters.
constexpr std::size_t kTrigram = 3;

// Blanks, control characters and the punctuation of FTS5 syntax separate
// words; other punctuation belongs to them ("U.S.", "Xi's", "9/11").
bool isSeparator(unsigned char c)
{
    return c <= ' ' || c == 0x7F ||
           std::string_view("\"()*^:+,;!?{}[]").find(static_cast<char>(c)) !=
               std::string_view::npos;
}

// A word worth searching holds a letter or digit; bytes >= 0x80 are parts of
// non-ASCII letters (CJK, Cyrillic, accented Latin).
bool hasWordCharacter(std::string_view word)
{
    return std::ranges::any_of(word, [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

// Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
std::size_t characters(std::string_view text)
{
    return static_cast<std::size_t>(
        std::ranges::count_if(text, [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

// The word cut to at most `bytes`, never inside a UTF-8 character.
std::string_view cut(std::string_view word, std::size_t bytes)
{
    if (word.size() <= bytes)
        return word;
    while (bytes > 0 && (static_cast<unsigned char>(word[bytes]) & 0xC0) == 0x80)
        --bytes;
    return word.substr(0, bytes);
}

bool isOperator(std::string_view word)
{
    constexpr std::array<std::string_view, 4> operators{"AND", "OR", "NOT", "NEAR"};
    return std::ranges::find(operators, word) != operators.end();
}

// FTS5 barewords are letters, digits, '_' and non-ASCII characters.
bool isBarewordByte(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

bool usesFtsSyntax(std::string_view text)
{
    if (text.find_first_of("\"()*^:+") != std::string_view::npos)
        return true;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        while (i < text.size() && isBarewordByte(static_cast<unsigned char>(text[i])))
            ++i;
        if (isOperator(text.substr(start, i - start)))
            return true;
        i = std::max(i, start + 1);
    }
    return false;
}

// Whether every phrase and bareword of an FTS5 query, operators aside, is long
// enough for the trigram index to find.
bool termsAreLongEnough(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '"') {
            const auto end = std::min(text.find('"', i + 1), text.size());
            if (characters(text.substr(i + 1, end - i - 1)) < kTrigram)
                return false;
            i = end + 1;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && isBarewordByte(static_cast<unsigned char>(text[i])))
            ++i;
        const auto word = text.substr(start, i - start);
        if (!word.empty() && !isOperator(word) && characters(word) < kTrigram)
            return false;
        i = std::max(i, start + 1);
    }
    return true;
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
    while (i < text.size() && words.size() < kMaxSearchWords) {
        while (i < text.size() && isSeparator(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isSeparator(static_cast<unsigned char>(text[i])))
            ++i;
        const auto word = cut(text.substr(start, i - start), kMaxWordBytes);
        if (hasWordCharacter(word))
            words.emplace_back(word);
    }
    return words;
}

TextSearch plainWordsSearch(std::string_view text)
{
    TextSearch search;
    std::string query;
    search.words = searchWords(text);
    for (const auto& word : search.words) {
        if (characters(word) < kTrigram) {
            search.shortWords.push_back(word);
            continue;
        }
        // A quoted phrase: the tokenizer matches it as a run of characters.
        // Words hold no '"' (a separator), so no quote needs escaping.
        query += (query.empty() ? "\"" : " \"") + word + '"';
    }
    if (!query.empty())
        search.match = std::move(query);
    return search;
}

TextSearch textSearch(SQLite::Database& db, std::string_view text)
{
    if (text.size() <= kMaxFtsQueryBytes && usesFtsSyntax(text) && termsAreLongEnough(text)) {
        std::string query(text);
        if (isValidFtsQuery(db, query))
            return {std::move(query), {}, {}};
    }
    return plainWordsSearch(text);
}

} // namespace parley
