#pragma once

#include "ui/model/Grouping.h"

#include <QString>

#include <optional>

namespace parley::ui {

// The stable names of groupings, for the command line and the settings.
QString groupingName(Grouping grouping);
std::optional<Grouping> groupingFromName(const QString& name);

} // namespace parley::ui
