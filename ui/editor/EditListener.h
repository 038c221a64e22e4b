#pragma once

#include "db/model/ChangeSet.h"

#include <QString>

namespace parley::ui {

// Told of what a command did to the store, so the views can follow.
class EditListener {
public:
    virtual ~EditListener() = default;
    // CHANGE was written; INVERSE is what Store::apply returned for it.
    virtual void changeApplied(const ChangeSet& change, const ChangeSet& inverse) = 0;
    // A step could not be undone or redone and was dropped from the history.
    virtual void stepDropped(const QString& message) = 0;

protected:
    EditListener() = default;
    EditListener(const EditListener&) = default;
    EditListener& operator=(const EditListener&) = default;
};

} // namespace parley::ui
