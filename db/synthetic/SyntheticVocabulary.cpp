// The topic tree and word lists of synthetic datasets (countries are in
// SyntheticCountries.cpp).
#include "db/synthetic/SyntheticVocabulary.h"

namespace parley::synthetic {

namespace {

constexpr TopicEntry kTopics[] = {
    {0, "trade", "Trade"},
    {1, "tariffs", "Tariffs"},
    {2, "steel-tariffs", "Steel and aluminium tariffs"},
    {2, "agricultural-tariffs", "Agricultural tariffs"},
    {2, "digital-services-taxes", "Digital services taxes"},
    {1, "export-controls", "Export controls"},
    {2, "semiconductor-controls", "Semiconductor export controls"},
    {2, "dual-use-goods", "Dual-use goods"},
    {2, "critical-minerals", "Critical minerals"},
    {1, "market-access", "Market access"},
    {2, "public-procurement", "Public procurement"},
    {2, "financial-services-access", "Financial services access"},
    {1, "trade-agreements", "Trade agreements"},
    {2, "free-trade-agreements", "Free trade agreements"},
    {2, "wto-reform", "WTO reform"},
    {2, "trade-disputes", "Trade disputes"},
    {0, "technology", "Technology"},
    {1, "semiconductors", "Semiconductors"},
    {2, "chip-supply-chains", "Chip supply chains"},
    {2, "chip-manufacturing", "Chip manufacturing"},
    {1, "artificial-intelligence", "Artificial intelligence"},
    {2, "ai-safety", "AI safety"},
    {2, "ai-governance", "AI governance"},
    {1, "telecommunications", "Telecommunications"},
    {2, "5g-networks", "5G networks"},
    {2, "undersea-cables", "Undersea cables"},
    {1, "cybersecurity", "Cybersecurity"},
    {2, "ransomware", "Ransomware"},
    {2, "critical-infrastructure", "Critical infrastructure protection"},
    {2, "data-flows", "Cross-border data flows"},
    {0, "security", "Security"},
    {1, "arms-control", "Arms control"},
    {2, "nuclear-arms", "Nuclear arms reduction"},
    {2, "missile-defence", "Missile defence"},
    {2, "chemical-weapons", "Chemical weapons"},
    {1, "regional-conflicts", "Regional conflicts"},
    {2, "ceasefire-talks", "Ceasefire talks"},
    {2, "peacekeeping", "Peacekeeping"},
    {2, "humanitarian-corridors", "Humanitarian corridors"},
    {1, "maritime-security", "Maritime security"},
    {2, "freedom-of-navigation", "Freedom of navigation"},
    {2, "piracy", "Piracy"},
    {2, "territorial-disputes", "Territorial disputes"},
    {1, "counterterrorism", "Counterterrorism"},
    {2, "terrorist-financing", "Terrorist financing"},
    {2, "foreign-fighters", "Foreign fighters"},
    {1, "defence-cooperation", "Defence cooperation"},
    {2, "joint-exercises", "Joint military exercises"},
    {2, "arms-sales", "Arms sales"},
    {0, "energy-climate", "Energy and climate"},
    {1, "climate-change", "Climate change"},
    {2, "emissions-targets", "Emissions targets"},
    {2, "climate-finance", "Climate finance"},
    {2, "adaptation", "Climate adaptation"},
    {1, "energy-security", "Energy security"},
    {2, "oil-supply", "Oil supply"},
    {2, "gas-pipelines", "Gas pipelines"},
    {2, "lng-trade", "LNG trade"},
    {1, "clean-energy", "Clean energy"},
    {2, "solar-power", "Solar power"},
    {2, "wind-power", "Wind power"},
    {2, "electric-vehicles", "Electric vehicles"},
    {1, "nuclear-energy", "Nuclear energy"},
    {2, "reactor-safety", "Reactor safety"},
    {2, "nuclear-fuel", "Nuclear fuel supply"},
    {0, "economy", "Economy and finance"},
    {1, "monetary-policy", "Monetary policy"},
    {2, "exchange-rates", "Exchange rates"},
    {2, "interest-rates", "Interest rates"},
    {1, "debt", "Sovereign debt"},
    {2, "debt-relief", "Debt relief"},
    {2, "imf-programmes", "IMF programmes"},
    {1, "investment", "Investment"},
    {2, "investment-screening", "Investment screening"},
    {2, "outbound-investment", "Outbound investment"},
    {2, "infrastructure-finance", "Infrastructure finance"},
    {1, "financial-regulation", "Financial regulation"},
    {2, "banking-supervision", "Banking supervision"},
    {2, "anti-money-laundering", "Anti-money laundering"},
    {0, "diplomacy", "Diplomacy"},
    {1, "bilateral-relations", "Bilateral relations"},
    {2, "embassy-operations", "Embassy operations"},
    {2, "state-visits", "State visits"},
    {1, "multilateral-institutions", "Multilateral institutions"},
    {2, "un-reform", "UN reform"},
    {2, "security-council", "Security Council"},
    {2, "g20-agenda", "G20 agenda"},
    {1, "communication-channels", "Communication channels"},
    {2, "military-hotlines", "Military hotlines"},
    {2, "crisis-communication", "Crisis communication"},
    {1, "consular-affairs", "Consular affairs"},
    {2, "detained-citizens", "Detained citizens"},
    {2, "visa-policy", "Visa policy"},
    {0, "human-rights", "Human rights"},
    {1, "civil-liberties", "Civil liberties"},
    {2, "press-freedom", "Press freedom"},
    {2, "religious-freedom", "Religious freedom"},
    {1, "minority-rights", "Minority rights"},
    {2, "indigenous-peoples", "Indigenous peoples"},
    {2, "ethnic-minorities", "Ethnic minorities"},
    {1, "democracy", "Democracy"},
    {2, "election-observation", "Election observation"},
    {2, "rule-of-law", "Rule of law"},
    {1, "labour-rights", "Labour rights"},
    {2, "forced-labour", "Forced labour"},
    {2, "child-labour", "Child labour"},
    {0, "health", "Health"},
    {1, "pandemics", "Pandemics"},
    {2, "vaccine-supply", "Vaccine supply"},
    {2, "pandemic-preparedness", "Pandemic preparedness"},
    {1, "global-health", "Global health"},
    {2, "malaria", "Malaria"},
    {2, "hiv-aids", "HIV and AIDS"},
    {1, "drug-policy", "Drug policy"},
    {2, "fentanyl", "Fentanyl trafficking"},
    {2, "narcotics-control", "Narcotics control"},
    {0, "development", "Development"},
    {1, "development-aid", "Development aid"},
    {2, "food-security", "Food security"},
    {2, "water-access", "Water access"},
    {1, "infrastructure", "Infrastructure"},
    {2, "ports", "Ports"},
    {2, "railways", "Railways"},
    {2, "belt-and-road", "Belt and Road Initiative"},
    {1, "education", "Education"},
    {2, "student-exchanges", "Student exchanges"},
    {2, "research-cooperation", "Research cooperation"},
    {0, "migration", "Migration"},
    {1, "refugees", "Refugees"},
    {2, "resettlement", "Refugee resettlement"},
    {2, "asylum-policy", "Asylum policy"},
    {1, "border-management", "Border management"},
    {2, "irregular-migration", "Irregular migration"},
    {2, "human-trafficking", "Human trafficking"},
    {1, "labour-migration", "Labour migration"},
    {2, "remittances", "Remittances"},
    {2, "seasonal-workers", "Seasonal workers"},
    {0, "environment", "Environment"},
    {1, "biodiversity", "Biodiversity"},
    {2, "deforestation", "Deforestation"},
    {2, "wildlife-trade", "Wildlife trade"},
    {1, "oceans", "Oceans"},
    {2, "fisheries", "Fisheries"},
    {2, "plastic-pollution", "Plastic pollution"},
    {1, "polar-regions", "Polar regions"},
    {2, "arctic-governance", "Arctic governance"},
    {2, "antarctic-treaty", "Antarctic Treaty"},
    {0, "space", "Space"},
    {1, "space-exploration", "Space exploration"},
    {2, "lunar-missions", "Lunar missions"},
    {2, "space-stations", "Space stations"},
    {1, "space-security", "Space security"},
    {2, "satellite-debris", "Satellite debris"},
    {2, "anti-satellite-weapons", "Anti-satellite weapons"},
};

constexpr std::string_view kGivenNames[] = {
    "Adrian",  "Aiko",      "Alejandro", "Amara",   "Ana",    "Andrei", "Anna",     "Arjun",
    "Beatriz", "Carlos",    "Chen",      "Daniel",  "Dmitri", "Elena",  "Emma",     "Fatima",
    "Felipe",  "Hana",      "Hassan",    "Ibrahim", "Ines",   "Ivan",   "James",    "Jin",
    "Jose",    "Julia",     "Kamala",    "Kenji",   "Khalid", "Kwame",  "Lars",     "Laura",
    "Leila",   "Li",        "Lucas",     "Maria",   "Marta",  "Mei",    "Mohammed", "Nadia",
    "Naomi",   "Nikolai",   "Olga",      "Omar",    "Pablo",  "Priya",  "Rahul",    "Rania",
    "Robert",  "Sakura",    "Samuel",    "Sara",    "Sergei", "Sofia",  "Sunil",    "Tariq",
    "Thomas",  "Valentina", "Wei",       "Yasmin",  "Yuki",   "Yusuf",  "Zainab",   "Zhou",
};

constexpr std::string_view kFamilyNames[] = {
    "Abe",    "Adeyemi", "Ahmed",  "Alvarez",  "Andersen", "Bauer",    "Becker",   "Bianchi",
    "Castro", "Chen",    "Cohen",  "Costa",    "Dubois",   "Dutta",    "Fischer",  "Garcia",
    "Gupta",  "Haddad",  "Hansen", "Hoffmann", "Hussain",  "Ivanov",   "Jensen",   "Kang",
    "Kato",   "Khan",    "Kim",    "Kowalski", "Kumar",    "Lambert",  "Larsen",   "Lee",
    "Lopez",  "Martin",  "Mendes", "Meyer",    "Moreau",   "Mueller",  "Nakamura", "Nguyen",
    "Novak",  "Okafor",  "Olsen",  "Park",     "Petrov",   "Popescu",  "Rahman",   "Ramos",
    "Rossi",  "Santos",  "Sato",   "Schmidt",  "Silva",    "Singh",    "Smith",    "Sokolov",
    "Suzuki", "Tanaka",  "Torres", "Wang",     "Weber",    "Yamamoto", "Yilmaz",   "Zhang",
};

constexpr std::string_view kCountryOffices[] = {
    "Head of State|Office of the President of %",
    "Head of Government|Government of %",
    "Minister of Foreign Affairs|Ministry of Foreign Affairs of %",
    "Deputy Minister of Foreign Affairs|Ministry of Foreign Affairs of %",
    "Minister of Trade|Ministry of Trade of %",
    "Minister of Finance|Ministry of Finance of %",
    "Minister of Defence|Ministry of Defence of %",
    "Minister of Energy|Ministry of Energy of %",
    "Minister of Commerce|Ministry of Commerce of %",
    "National Security Adviser|National Security Council of %",
    "Ambassador to the United Nations|Permanent Mission of % to the UN",
    "Chief Trade Negotiator|Trade Representative of %",
    "Special Envoy for Climate|Government of %",
    "Central Bank Governor|Central Bank of %",
    "Chief of Defence Staff|Armed Forces of %",
};

constexpr std::string_view kBlocOffices[] = {
    "Secretary-General|%",
    "Deputy Secretary-General|%",
    "Commissioner for Trade|%",
    "High Representative|%",
};

constexpr std::string_view kMeetingPhrases[] = {
    "talks on",          "strategic dialogue on", "working meeting on", "consultations on",
    "summit session on", "ministerial on",        "phone call on",      "joint statement on",
    "round table on",    "negotiations on",       "meeting on",         "economic dialogue on",
};

constexpr std::string_view kSummaryVerbs[] = {
    "discussed",
    "reviewed",
    "exchanged views on",
    "agreed to deepen cooperation on",
    "raised concerns about",
    "negotiated on",
    "reaffirmed commitments on",
    "set out positions on",
    "launched a working group on",
};

constexpr std::string_view kSummaryOutcomes[] = {
    "and agreed to meet again within the year.",
    "without announcing an agreement.",
    "and issued a joint communique.",
    "and signed a memorandum of understanding.",
    "and tasked officials with a follow-up report.",
    "amid lingering differences.",
    "and welcomed progress since the last round.",
    "and agreed to keep the channel open.",
};

constexpr std::string_view kOtherCities[] = {
    "Geneva",    "Davos",    "Munich",    "Vienna",    "Bali",      "Osaka",           "Hiroshima",
    "Sochi",     "Shanghai", "Sydney",    "Istanbul",  "Dubai",     "Sharm el-Sheikh", "Doha",
    "Anchorage", "Helsinki", "Reykjavik", "Marrakesh", "Cartagena", "Busan",           "Bangkok",
    "Lima",      "Durban",   "Glasgow",   "Nairobi",   "Cancun",    "Honolulu",        "Singapore",
};

constexpr std::string_view kPublishers[] = {
    "Synthetic Wire",    "Global Desk",   "Capital Gazette",
    "Diplomatic Record", "World Monitor", "The Ledger",
};

constexpr std::string_view kTargetEntities[] = {
    "Huawei",          "ZTE",         "SMIC",         "Micron",
    "Gazprom",         "Rosneft",     "Sberbank",     "Hikvision",
    "TikTok",          "Nord Stream", "Wagner Group", "Bank Melli",
    "PDVSA",           "Alrosa",      "DJI",          "state shipbuilders",
    "steel exporters", "chipmakers",  "oil tankers",  "drone makers",
};

} // namespace

std::span<const TopicEntry> topicEntries() { return kTopics; }
std::span<const std::string_view> givenNames() { return kGivenNames; }
std::span<const std::string_view> familyNames() { return kFamilyNames; }
std::span<const std::string_view> countryOffices() { return kCountryOffices; }
std::span<const std::string_view> blocOffices() { return kBlocOffices; }
std::span<const std::string_view> meetingPhrases() { return kMeetingPhrases; }
std::span<const std::string_view> summaryVerbs() { return kSummaryVerbs; }
std::span<const std::string_view> summaryOutcomes() { return kSummaryOutcomes; }
std::span<const std::string_view> otherCities() { return kOtherCities; }
std::span<const std::string_view> publishers() { return kPublishers; }
std::span<const std::string_view> targetEntities() { return kTargetEntities; }

} // namespace parley::synthetic
