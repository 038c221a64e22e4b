#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace parley {

// The FTS5 query for what a user typed. Plain words find records holding every
// word, each as a prefix ("raim wang" finds "Raimondo–Wang Wentao talks"). Text
// that uses FTS5 syntax (quotes, OR, NOT, NEAR, *, parentheses, column:) is
// used as written when it is valid, and searched as plain words when it is not.
// nullopt when the text holds no word to search for.
std::optional<std::string> ftsQuery(SQLite::Database& db, std::string_view text);

// The words of the text worth searching for: split at blanks and control
// characters, keeping those that hold a letter or digit.
std::vector<std::string> searchWords(std::string_view text);

// Each word quoted as an FTS5 prefix term; exposed for tests.
std::optional<std::string> plainWordsQuery(std::string_view text);

} // namespace parley
