#include "ui/model/GroupingNames.h"

namespace parley::ui {

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Country:
        return QStringLiteral("country");
    case Grouping::Official:
        return QStringLiteral("official");
    case Grouping::Topic:
        return QStringLiteral("topic");
    }
    return QStringLiteral("country");
}

std::optional<Grouping> groupingFromName(const QString& name)
{
    for (Grouping grouping : {Grouping::Country, Grouping::Official, Grouping::Topic}) {
        if (groupingName(grouping) == name)
            return grouping;
    }
    return std::nullopt;
}

} // namespace parley::ui
