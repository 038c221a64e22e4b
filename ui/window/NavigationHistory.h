#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QAction;

namespace parley::ui {

// What the user looked at: a meeting, a measure or an official.
struct Place {
    enum class Kind { Meeting, Measure, Official };
    Kind kind = Kind::Meeting;
    QString id;
    bool operator==(const Place&) const = default;
};

// Back/Forward through viewed meetings, measures and officials of one
// database. Owns the two actions so that their enabled state always matches
// the history.
class NavigationHistory : public QObject {
    Q_OBJECT
public:
    explicit NavigationHistory(QObject* parent = nullptr);

    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }

    // Records a place the user went to; drops the forward part of the history.
    void visit(const Place& place);
    // Forgets every place: they are ids of a database that is no longer open.
    void clear();
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    const Place* current() const;

public slots:
    void goBack();
    void goForward();

signals:
    // Go to this place (from Back or Forward); not echoed into the history.
    void navigate(const parley::ui::Place& place);

private:
    void updateActions();

    std::vector<Place> m_places;
    std::size_t m_current = 0;
    QAction* m_back;
    QAction* m_forward;
};

} // namespace parley::ui

Q_DECLARE_METATYPE(parley::ui::Place)
