// The store's edits: one change at a time, checked whole, written in one
// transaction, and answered with the change that undoes it.
#include "db/store/Store.h"

#include "db/model/Slug.h"
#include "db/store/ChangeCheck.h"
#include "db/store/ChangeRecords.h"
#include "db/store/DatasetImport.h"
#include "db/store/RecordReader.h"
#include "db/store/Schema.h"
#include "db/store/StoreImpl.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace parley {

namespace {

// Deletes by id, the records that others point to last.
void deleteRecords(SQLite::Database& db, const RecordIds& ids)
{
    const auto remove = [&](const char* table, const char* column,
                            const std::vector<std::string>& slugs) {
        SQLite::Statement statement(db, std::string("DELETE FROM ") + table + " WHERE " + column +
                                            " = ?");
        for (const auto& slug : slugs) {
            statement.bind(1, slug);
            statement.exec();
            statement.reset();
        }
    };
    remove("meeting", "slug", ids.meetings);
    remove("measure", "slug", ids.measures);
    remove("official", "slug", ids.officials);
    remove("topic", "slug", ids.topics);
    remove("country", "code", ids.countries);
    remove("source", "slug", ids.sources);
}

const char* tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return "source";
    case RecordKind::Country:
        return "country";
    case RecordKind::Topic:
        return "topic";
    case RecordKind::Official:
        return "official";
    case RecordKind::Meeting:
        return "meeting";
    case RecordKind::Measure:
        return "measure";
    }
    return "meeting";
}

// Every list of ids in the record without ID.
template <typename Record> Record without(Record record, const std::string& id, auto... lists)
{
    (std::erase(record.*lists, id), ...);
    return record;
}

} // namespace

ChangeSet Store::apply(const ChangeSet& change)
{
    if (isReadOnly())
        throw DatabaseError(quoted(m_impl->file) +
                            ": read-only (opened for reading, or the file or its folder cannot be"
                            " written); nothing was changed");
    return m_impl->guard([&] {
        auto& db = m_impl->db;
        // IMMEDIATE: the change is checked against what it will be written over.
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        checkChange(db, change, quoted(m_impl->file));
        schema::keepSearchMergesSmall(db);
        ChangeSet undo = inverseOf(db, change);
        writeDataset(db, change.put);
        deleteRecords(db, change.remove);
        transaction.commit();
        return undo;
    });
}

ChangeSet Store::removal(RecordKind kind, const std::string& id) const
{
    return m_impl->guard([&] {
        auto& db = m_impl->db;
        Dataset naming = recordsNaming(db, kind, id);
        ChangeSet change;
        switch (kind) {
        case RecordKind::Source:
            change.remove.sources = {id};
            break;
        case RecordKind::Country: {
            std::vector<std::string> holders;
            for (const auto& meeting : naming.meetings)
                if (meeting.host == id)
                    holders.push_back("the host of meetings[" + meeting.id + "]");
            for (const auto& official : naming.officials)
                holders.push_back("the country of officials[" + official.id + "]");
            for (const auto& measure : naming.measures)
                if (measure.imposedBy == id)
                    holders.push_back("imposing measures[" + measure.id + "]");
            if (!holders.empty())
                throw DataError(
                    quoted(m_impl->file) + ": countries[" + id + "]: is " + holders.front() +
                    (holders.size() > 1
                         ? " and " + std::to_string(holders.size() - 1) + " more records"
                         : std::string()) +
                    "; change those first");
            change.remove.countries = {id};
            break;
        }
        case RecordKind::Topic: {
            const auto topics = loadTopics(db);
            change.remove.topics = {id};
            // Subtopics move up to the removed topic's parent.
            const auto self = std::ranges::find(topics, id, &Topic::id);
            for (auto& child : naming.topics) {
                child.parent = self == topics.end() ? std::nullopt : self->parent;
                change.put.topics.push_back(child);
            }
            break;
        }
        case RecordKind::Official:
            change.remove.officials = {id};
            break;
        case RecordKind::Meeting:
            change.remove.meetings = {id};
            break;
        case RecordKind::Measure:
            change.remove.measures = {id};
            break;
        }
        for (const auto& meeting : naming.meetings)
            change.put.meetings.push_back(without(meeting, id, &Meeting::participants,
                                                  &Meeting::topics, &Meeting::measures,
                                                  &Meeting::sources));
        for (const auto& measure : naming.measures)
            change.put.measures.push_back(
                without(measure, id, &Measure::targets, &Measure::topics, &Measure::sources));
        return change;
    });
}

std::string Store::freeId(RecordKind kind, const std::string& name) const
{
    return m_impl->guard([&] {
        std::string base = slugOf(name);
        if (base.empty())
            base = tableOf(kind);
        SQLite::Statement taken(
            m_impl->db,
            std::string("SELECT EXISTS (SELECT 1 FROM ") + tableOf(kind) +
                (kind == RecordKind::Country ? " WHERE code = ?)" : " WHERE slug = ?)"));
        std::string id = base;
        for (int n = 2;; ++n) {
            taken.bind(1, id);
            taken.executeStep();
            const bool inUse = taken.getColumn(0).getInt() != 0;
            taken.reset();
            if (!inUse)
                return id;
            id = base + "-" + std::to_string(n);
        }
    });
}

} // namespace parley
