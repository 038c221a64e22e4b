#pragma once

#include "db/analysis/Side.h"
#include "ui/model/TimelineSnapshot.h"

#include <QHash>
#include <QLineEdit>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QStringListModel;

namespace parley::ui {

// A line to name one side of a channel: a country or an official, completed
// from what the user types anywhere in a name ("wang" offers "Wang Yi 王毅
// (China)" and "Wang Wentao 王文涛 (China)", "chin" "China (country)"), or
// written as a code or id (CN, wang-yi). Enter or a completion chooses.
class SidePicker : public QLineEdit {
    Q_OBJECT
public:
    explicit SidePicker(QWidget* parent = nullptr);

    // The countries and officials to choose from. The choices are made when
    // first needed (typing, a side asked for or set), and again only when the
    // database's records change: at ten million meetings, making 500,000 of
    // them at start cost the window two seconds.
    void setSnapshot(const SnapshotPtr& snapshot);
    // The side the text names, when it names one the database has.
    std::optional<Side> side() const;
    void setSide(const Side& side);

    // How a side reads: "China", "Wang Yi".
    static QString nameOf(const Side& side, const TimelineSnapshot& snapshot);

signals:
    void sideChosen(const parley::Side& side);

private:
    QString choiceText(const Side& side) const;
    void makeChoices() const;
    void choose();

    SnapshotPtr m_snapshot;
    // What the choices were built from: an edit of meetings shares them, and
    // building 50,000 choices again took 100 ms. Kept by makeChoices(), which
    // side() may call.
    mutable const std::map<std::string, Country>* m_countries = nullptr;
    mutable const std::unordered_map<std::string, Official>* m_officials = nullptr;
    QStringListModel* m_choices;
    mutable QHash<QString, Side> m_sideOfText;
};

} // namespace parley::ui
