#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace parley::cli {

// Columns aligned for people, measuring text in terminal cells so that CJK
// names (two cells a character) line up too.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers);
    void addRow(std::vector<std::string> cells);
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> m_rows; // the first row is the header
};

// Terminal cells that UTF-8 text takes: wide East Asian characters count two.
std::size_t displayWidth(const std::string& text);

std::string join(const std::vector<std::string>& items, const std::string& separator);

} // namespace parley::cli
