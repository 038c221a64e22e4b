#include "ui/window/NavigationHistory.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace parley::ui {

NavigationHistory::NavigationHistory(QObject* parent)
    : QObject(parent)
    , m_back(new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this))
    , m_forward(new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), this))
{
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Back to the previous meeting, measure or official (Alt+Left)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("Forward again (Alt+Right)"));
    connect(m_back, &QAction::triggered, this, &NavigationHistory::goBack);
    connect(m_forward, &QAction::triggered, this, &NavigationHistory::goForward);
    updateActions();
}

void NavigationHistory::visit(const Place& place)
{
    if (const Place* here = current(); here && *here == place)
        return;
    if (!m_places.empty())
        m_places.resize(m_current + 1);
    m_places.push_back(place);
    m_current = m_places.size() - 1;
    updateActions();
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_current = 0;
    updateActions();
}

const Place* NavigationHistory::current() const
{
    return m_places.empty() ? nullptr : &m_places[m_current];
}

void NavigationHistory::goBack()
{
    if (!canGoBack())
        return;
    --m_current;
    updateActions();
    emit navigate(m_places[m_current]);
}

void NavigationHistory::goForward()
{
    if (!canGoForward())
        return;
    ++m_current;
    updateActions();
    emit navigate(m_places[m_current]);
}

void NavigationHistory::updateActions()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

} // namespace parley::ui
