#include "OutputFile.h"

#include "db/model/Errors.h"

#include <fstream>
#include <iostream>

namespace parley::cli {

namespace fs = std::filesystem;

void writeFileAtomically(const fs::path& file, const std::string& text)
{
    const fs::path temporary = file.string() + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out)
            throw DataError(file.string() + ": cannot write the file");
    }
    std::error_code error;
    fs::rename(temporary, file, error);
    if (error) {
        fs::remove(temporary, error);
        throw DataError(file.string() + ": cannot write the file: " + error.message());
    }
}

void writeOutput(const std::string& file, const std::string& text)
{
    if (file.empty())
        std::cout << text;
    else
        writeFileAtomically(file, text);
}

} // namespace parley::cli
