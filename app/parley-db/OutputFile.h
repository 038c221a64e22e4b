#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

namespace parley::cli {

// Writes what `write` puts on a stream.
using WriteText = std::function<void(std::ostream& out)>;

// Writes through a temporary file beside the target and renames it into place,
// so a failed export never leaves half a file: the temporary file is removed
// whether writing fails or `write` throws. Throws DataError naming the file.
void writeFileAtomically(const std::filesystem::path& file, const WriteText& write);

// Writes to the file, or to standard output when `file` is empty.
void writeOutput(const std::string& file, const WriteText& write);
void writeOutput(const std::string& file, const std::string& text);

} // namespace parley::cli
