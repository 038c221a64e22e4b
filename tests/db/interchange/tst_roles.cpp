// A meeting's "roles": the office a participant held at that meeting as the
// meeting's record states it. They round trip through the store and parley/1,
// stand in for positions only where none covers the day, are refused when
// they name no participant, and a document without them reads and writes as
// before the key existed.
#include "db/model/Engagements.h"
#include "tests/db/TestData.h"

#include <nlohmann/json.hpp>

namespace parley::test {
namespace {

const std::string kMeeting = "anchorage-talks-2021-03-18";

template <typename Record> Record& byId(std::vector<Record>& records, const std::string& id)
{
    const auto it = std::ranges::find(records, id, &Record::id);
    if (it == records.end())
        throw std::runtime_error("no record " + id);
    return *it;
}

// The test dataset with a guest, known only from the Anchorage talks, whose
// role there the meeting states, and a role for Blinken, whose position
// covers the day.
Dataset withRoles()
{
    auto dataset = testDataset();
    dataset.officials.push_back({"guest-envoy", "Guest Envoy", "US", {}, {}, {}});
    auto& meeting = byId(dataset.meetings, kMeeting);
    meeting.participants.emplace_back("guest-envoy");
    meeting.roles = {{"antony-blinken", "Head of delegation"}, {"guest-envoy", "Special Envoy"}};
    sortDataset(dataset);
    return dataset;
}

std::string errorOf(const std::string& text)
{
    try {
        checkDataset(parseDataset(text, "doc.json"), "doc.json");
    } catch (const DataError& error) {
        return error.what();
    }
    return "(no error)";
}

// The exported document with one change to the Anchorage meeting's JSON.
std::string changedRoles(const nlohmann::json& roles)
{
    auto document = nlohmann::json::parse(writeDataset(withRoles()));
    for (auto& meeting : document["meetings"]) {
        if (meeting["id"] == kMeeting)
            meeting["roles"] = roles;
    }
    return document.dump();
}

TEST(Roles, RoundTripThroughTheStoreAndTheDocument)
{
    const auto store = storeWith(withRoles());
    const auto exported = store.exportAll();
    EXPECT_TRUE(exported == withRoles());
    const auto text = writeDataset(exported);
    EXPECT_NE(text.find("\"roles\": {\n        \"antony-blinken\": \"Head of delegation\",\n"
                        "        \"guest-envoy\": \"Special Envoy\"\n      },"),
              std::string::npos);
    const auto reread = parseDataset(text, "export.json");
    EXPECT_NO_THROW(checkDataset(reread, "export.json"));
    EXPECT_EQ(writeDataset(storeWith(reread).exportAll()), text);
    const auto meeting = store.meeting(kMeeting);
    ASSERT_TRUE(meeting.has_value());
    EXPECT_EQ(meeting->roles, (std::vector<Role>{{"antony-blinken", "Head of delegation"},
                                                 {"guest-envoy", "Special Envoy"}}));
}

TEST(Roles, ADocumentWithoutRolesHasNoRolesKey)
{
    const auto text = writeDataset(storeWith(testDataset()).exportAll());
    EXPECT_EQ(text.find("\"roles\""), std::string::npos);
    auto expected = testDataset();
    sortDataset(expected);
    EXPECT_EQ(text, writeDataset(expected));
}

TEST(Roles, StandInForPositionsOnlyWhereNoneCoversTheDay)
{
    const auto store = storeWith(withRoles());
    const auto guest = store.engagements("guest-envoy", {});
    ASSERT_EQ(guest.size(), 1u);
    ASSERT_EQ(guest.front().positions.size(), 1u);
    EXPECT_EQ(guest.front().positions.front().title, "Special Envoy");
    EXPECT_EQ(guest.front().positions.front().organization, "");
    // Blinken was Secretary of State that day: the stated role does not replace it.
    const auto blinken = store.engagements("antony-blinken", dateRange("2021-03-18", "2021-03-18"));
    ASSERT_EQ(blinken.size(), 1u);
    ASSERT_EQ(blinken.front().positions.size(), 1u);
    EXPECT_EQ(blinken.front().positions.front().title, "Secretary of State");
}

TEST(Roles, AMergeReplacesThemWithTheMeeting)
{
    auto store = storeWith(withRoles());
    auto revised = withRoles();
    byId(revised.meetings, kMeeting).roles = {{"guest-envoy", "Observer"}};
    store.import(revised);
    const auto meeting = store.meeting(kMeeting);
    ASSERT_TRUE(meeting.has_value());
    EXPECT_EQ(meeting->roles, (std::vector<Role>{{"guest-envoy", "Observer"}}));
    store.import(testDataset());
    EXPECT_TRUE(store.meeting(kMeeting)->roles.empty());
    EXPECT_TRUE(store.check().empty());
}

TEST(Roles, BadRolesAreRefusedNamingTheMeeting)
{
    const std::string where = "doc.json: meetings[" + kMeeting + "].roles";
    EXPECT_EQ(errorOf(changedRoles({{"guest-envoy", "Special Envoy"}})), "(no error)");
    EXPECT_EQ(errorOf(changedRoles(nlohmann::json::array({"guest-envoy"}))),
              where + ": expected an object, found array");
    EXPECT_EQ(errorOf(changedRoles({{"guest-envoy", 7}})),
              where + ".guest-envoy: expected a string, found number");
    EXPECT_TRUE(errorOf(changedRoles({{"Guest Envoy", "Envoy"}}))
                    .starts_with(where + ".Guest Envoy: \"Guest Envoy\" is not an id"));
    EXPECT_EQ(errorOf(changedRoles({{"wang-wentao", "Minister"}})),
              where + ": \"wang-wentao\" is not a participant of the meeting");
    EXPECT_EQ(errorOf(changedRoles({{"guest-envoy", ""}})),
              where + ".guest-envoy: empty (required)");
    EXPECT_EQ(errorOf(changedRoles(nullptr)), "(no error)");
}

TEST(Roles, EngagementOfUsesTheMeetingsDays)
{
    auto dataset = withRoles();
    const auto& meeting = byId(dataset.meetings, kMeeting);
    const auto engagement = engagementOf(meeting, byId(dataset.officials, "guest-envoy"));
    ASSERT_EQ(engagement.positions.size(), 1u);
    EXPECT_EQ(engagement.positions.front().start, meeting.start);
    EXPECT_EQ(engagement.positions.front().end, meeting.period().last());
}

} // namespace
} // namespace parley::test
