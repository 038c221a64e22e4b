#pragma once

#include "db/model/Filter.h"

#include <CLI/App.hpp>
#include <CLI/Validators.hpp>

#include <string>
#include <vector>

namespace parley::cli {

// The filter options that meetings, measures and engagements share, and the
// Filter they make.
struct FilterOptions {
    std::string from;
    std::string to;
    std::vector<std::string> countries;
    std::vector<std::string> topics;
    std::vector<std::string> kinds;
    std::vector<std::string> officials;
    std::string search;

    void addDateOptions(CLI::App& command);
    void addAllOptions(CLI::App& command);
    Filter filter() const;
};

// Checks that an option is an ISO date, YYYY-MM-DD.
const CLI::Validator& isoDate();

// Output format of listings.
struct FormatOption {
    std::string format = "table";
    void addTo(CLI::App& command);
    bool json() const { return format == "json"; }
};

} // namespace parley::cli
