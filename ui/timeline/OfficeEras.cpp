#include "ui/timeline/OfficeEras.h"

#include "ui/model/HtmlText.h"

namespace parley::ui {

std::vector<OfficeKey> defaultEraOffices()
{
    return {{"US", "President of the United States"}, {"US", "Secretary of State"}};
}

std::vector<OfficeEra> officeEras(const ReferenceData& reference,
                                  const std::vector<OfficeKey>& offices)
{
    std::vector<OfficeEra> eras;
    for (const auto& office : offices) {
        std::vector<Official> ofCountry;
        for (const auto& [id, official] : *reference.officials) {
            if (official.country == office.country)
                ofCountry.push_back(official);
        }
        OfficeEra era{.office = office,
                      .bands = officeBands(ofCountry, office.country, office.title),
                      .holders = {}};
        if (era.bands.bands.empty())
            continue;
        for (const auto& band : era.bands.bands) {
            const auto found = reference.officials->find(band.official);
            era.holders.push_back(found == reference.officials->end() ? band.official
                                                                      : found->second.name);
        }
        eras.push_back(std::move(era));
    }
    return eras;
}

QStringList holdersOn(const std::vector<OfficeEra>& eras, Date day)
{
    QStringList lines;
    for (const auto& era : eras) {
        QStringList names;
        for (std::size_t i = 0; i < era.bands.bands.size(); ++i) {
            const auto& band = era.bands.bands[i];
            if (band.start <= day && (!band.end || day <= *band.end))
                names << toQString(era.holders[i]);
        }
        if (!names.isEmpty())
            lines << QStringLiteral("%1: %2").arg(toQString(era.office.title),
                                                  names.join(QStringLiteral(", ")));
    }
    return lines;
}

QString officeKeyText(const OfficeKey& office)
{
    return toQString(office.country) + QLatin1Char('|') + toQString(office.title);
}

OfficeKey officeKeyFromText(const QString& text)
{
    const auto bar = text.indexOf(QLatin1Char('|'));
    return {text.left(bar).toStdString(), text.mid(bar + 1).toStdString()};
}

} // namespace parley::ui
