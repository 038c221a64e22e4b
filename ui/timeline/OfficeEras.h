#pragma once

#include "db/analysis/OfficeBands.h"
#include "ui/model/TimelineSnapshot.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace parley::ui {

// One office of one country, as the officials' positions title it.
struct OfficeKey {
    std::string country;
    std::string title;
    bool operator==(const OfficeKey&) const = default;
};

// Who held one office over time, as bands behind the timeline: its eras.
struct OfficeEra {
    OfficeKey office;
    OfficeBands bands;
    std::vector<std::string> holders; // each band's official's name
};

// The offices drawn when the user has chosen none: the U.S. President and
// Secretary of State, whose terms mark the eras of U.S. diplomacy.
std::vector<OfficeKey> defaultEraOffices();

// The eras of OFFICES from the officials REFERENCE holds, in the order
// given; offices that nobody held are left out.
std::vector<OfficeEra> officeEras(const ReferenceData& reference,
                                  const std::vector<OfficeKey>& offices);

// "Secretary of State: Antony Blinken" for each office held on DAY, in the
// eras' order (both holders where two overlap).
QStringList holdersOn(const std::vector<OfficeEra>& eras, Date day);

// "US|Secretary of State", to keep a choice in settings, and back.
QString officeKeyText(const OfficeKey& office);
OfficeKey officeKeyFromText(const QString& text);

} // namespace parley::ui
