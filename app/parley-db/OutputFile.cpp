#include "OutputFile.h"

#include "db/model/Errors.h"

#include <fstream>
#include <iostream>

namespace parley::cli {

namespace fs = std::filesystem;

namespace {

void writeTemporary(const fs::path& file, const fs::path& temporary, const WriteText& write)
{
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    write(out);
    out.close();
    if (!out)
        throw DataError(file.string() + ": cannot write the file");
}

} // namespace

void writeFileAtomically(const fs::path& file, const WriteText& write)
{
    const fs::path temporary = file.string() + ".partial";
    std::error_code error;
    try {
        writeTemporary(file, temporary, write);
    } catch (...) {
        fs::remove(temporary, error);
        throw;
    }
    fs::rename(temporary, file, error);
    if (error) {
        fs::remove(temporary, error);
        throw DataError(file.string() + ": cannot write the file: " + error.message());
    }
}

void writeOutput(const std::string& file, const WriteText& write)
{
    if (file.empty())
        write(std::cout);
    else
        writeFileAtomically(file, write);
}

void writeOutput(const std::string& file, const std::string& text)
{
    writeOutput(file, [&](std::ostream& out) { out << text; });
}

} // namespace parley::cli
