#include "ui/panels/DetailsBrowser.h"

#include "ui/model/HtmlText.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFocusEvent>
#include <QPainter>
#include <QScrollBar>

namespace parley::ui {

DetailsBrowser::DetailsBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Breathing room and list indents in text units, so they scale with the font.
    document()->setDocumentMargin(fontMetrics().height() * 0.6);
    document()->setIndentWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 1.5);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsBrowser::onAnchorClicked);
    // Scrolling moves the viewport's pixels, the ring's too: draw it again.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

QString DetailsBrowser::hintHtml(const QString& text) const
{
    return QStringLiteral("<p align=\"center\" style=\"color:%1\">%2</p>")
        .arg(mutedTextColor(palette()).name(), escaped(text));
}

void DetailsBrowser::onAnchorClicked(const QUrl& url)
{
    if (const auto link = parseAppLink(url)) {
        switch (link->target) {
        case LinkTarget::Official:
            emit officialActivated(link->id);
            break;
        case LinkTarget::Measure:
            emit measureActivated(link->id);
            break;
        case LinkTarget::Meeting:
            emit meetingActivated(link->id);
            break;
        }
        return;
    }
    // Only web addresses leave the program; anything else in the data is ignored.
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

void DetailsBrowser::focusInEvent(QFocusEvent* event)
{
    QTextBrowser::focusInEvent(event);
    // Coming back to the window keeps how the focus came before.
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason)
        m_focusByKeys = event->reason() != Qt::MouseFocusReason;
    viewport()->update();
}

void DetailsBrowser::focusOutEvent(QFocusEvent* event)
{
    QTextBrowser::focusOutEvent(event);
    viewport()->update();
}

void DetailsBrowser::paintEvent(QPaintEvent* event)
{
    QTextBrowser::paintEvent(event);
    if (!hasFocus() || !m_focusByKeys)
        return;
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void DetailsBrowser::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // The muted colours are written into the HTML: redo them for the new palette.
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace parley::ui
