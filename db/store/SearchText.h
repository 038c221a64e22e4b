#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

// How a meeting search runs. The trigram index finds any run of three or more
// characters of a title, summary or place, in any script (CJK text has no
// spaces to split words at) and in any case; it cannot find anything shorter,
// so shorter words ("王毅", "EU") are looked for in the text itself.
struct TextSearch {
    std::optional<std::string> match;    // an FTS5 query for meeting_fts
    std::vector<std::string> shortWords; // each in the title, summary or place
    std::vector<std::string> words;      // every plain word; none for FTS5 syntax
};

// Search text is cut to this much: people type a few words, and a pasted page
// must neither fail nor run for long.
inline constexpr std::size_t kMaxSearchWords = 32;
inline constexpr std::size_t kMaxWordBytes = 200;
// Longer text is searched as plain words, never as FTS5 syntax.
inline constexpr std::size_t kMaxFtsQueryBytes = 1000;

// The search for what a user typed. Plain words find meetings holding every
// word anywhere, also inside longer words ("raim wang" finds "Raimondo–Wang
// Wentao talks", "王" finds "王毅"). Text that uses FTS5 syntax (quotes, OR,
// NOT, parentheses, column:) is used as written when it is valid and each of
// its terms has three characters or more; otherwise it is searched as plain
// words.
TextSearch textSearch(SQLite::Database& db, std::string_view text);

// The plain-words search, without FTS5 syntax; exposed for tests.
TextSearch plainWordsSearch(std::string_view text);

// The words of the text worth searching for: split at blanks, control
// characters and FTS5 punctuation, keeping those that hold a letter or digit;
// at most kMaxSearchWords, each cut to kMaxWordBytes.
std::vector<std::string> searchWords(std::string_view text);

} // namespace parley
