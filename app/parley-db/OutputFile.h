#pragma once

#include <filesystem>
#include <string>

namespace parley::cli {

// Writes through a temporary file beside the target and renames it into place,
// so a failed export never leaves half a file. Throws DataError naming the file.
void writeFileAtomically(const std::filesystem::path& file, const std::string& text);

// Writes to the file, or to standard output when `file` is empty.
void writeOutput(const std::string& file, const std::string& text);

} // namespace parley::cli
