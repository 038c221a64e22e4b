#include "ui/panels/OfficialPanel.h"

#include "ui/model/DateText.h"
#include "ui/model/HtmlText.h"
#include "ui/panels/EngagementsView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStringList>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {

namespace {

QString span(const QColor& color, const QString& html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), html);
}

} // namespace

OfficialPanel::OfficialPanel(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_showOnTimeline(new QPushButton(tr("Show on timeline"), this))
    , m_channelWith(new QPushButton(tr("Channel with…"), this))
    , m_copyCitation(new QPushButton(tr("Copy Citation"), this))
    , m_body(new QTextBrowser(this))
    , m_engagements(new EngagementsView(this))
{
    setAccessibleName(tr("Official"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAccessibleName(tr("Official's name"));
    m_showOnTimeline->setCheckable(true);
    m_showOnTimeline->setAccessibleName(
        tr("Highlight this official's meetings on the timeline and dim the others"));
    m_showOnTimeline->setToolTip(
        tr("Highlight this official's meetings on the timeline and dim the others"));
    m_channelWith->setToolTip(
        tr("How often this official met a country or another official, and which offices met"));
    m_copyCitation->setToolTip(
        tr("Cite the meeting of the engagement selected below (the latest when none is), "
           "with its date, place and sources"));
    auto* citationMenu = new QMenu(m_copyCitation);
    MeetingCitation::addActions(citationMenu, [this](MeetingCitation::Format format) {
        QString meeting = m_engagements->currentMeeting();
        if (meeting.isEmpty() && m_dossier && m_dossier->engagementCount() > 0)
            meeting = toQString(m_dossier->meeting(m_dossier->engagementCount() - 1).id);
        if (!meeting.isEmpty())
            emit citationRequested(meeting, format);
    });
    m_copyCitation->setMenu(citationMenu);
    m_body->setOpenLinks(false);
    m_body->document()->setDocumentMargin(fontMetrics().height() * 0.6);
    m_body->document()->setIndentWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 1.5);
    m_body->setAccessibleName(tr("Official's record"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_showOnTimeline, 0, Qt::AlignTop);
    top->addWidget(m_channelWith, 0, Qt::AlignTop);
    top->addWidget(m_copyCitation, 0, Qt::AlignTop);
    // The record above, the engagements below: the user decides the share.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_body);
    split->addWidget(m_engagements);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setTabOrder(m_showOnTimeline, m_channelWith);
    setTabOrder(m_channelWith, m_copyCitation);
    setTabOrder(m_copyCitation, m_body);
    setTabOrder(m_body, m_engagements->view());
    connect(m_engagements, &EngagementsView::meetingActivated, this,
            &OfficialPanel::meetingActivated);
    connect(m_engagements, &EngagementsView::officialActivated, this,
            &OfficialPanel::officialActivated);
    connect(m_engagements, &EngagementsView::citationRequested, this,
            &OfficialPanel::citationRequested);

    connect(m_body, &QTextBrowser::anchorClicked, this, &OfficialPanel::onAnchorClicked);
    connect(m_channelWith, &QPushButton::clicked, this, [this] {
        if (m_dossier)
            emit channelWithRequested(officialId());
    });
    connect(m_showOnTimeline, &QPushButton::clicked, this, [this](bool on) {
        if (m_dossier)
            emit showOnTimelineRequested(toQString(m_dossier->official.id), on);
    });
    clear();
}

void OfficialPanel::showOfficial(SnapshotPtr snapshot, OfficialDossier dossier)
{
    m_snapshot = std::move(snapshot);
    m_dossier = std::make_shared<const OfficialDossier>(std::move(dossier));
    m_engagements->setDossier(m_snapshot, m_dossier);
    render();
}

void OfficialPanel::clear()
{
    m_snapshot.reset();
    m_dossier.reset();
    m_engagements->setDossier(nullptr, nullptr);
    render();
}

void OfficialPanel::setHighlightedOfficial(const QString& officialId)
{
    m_highlightedOfficial = officialId;
    m_showOnTimeline->setChecked(m_dossier && this->officialId() == officialId);
}

QString OfficialPanel::officialId() const
{
    return m_dossier ? toQString(m_dossier->official.id) : QString();
}

QString OfficialPanel::text() const
{
    return m_body->toPlainText() + QLatin1Char('\n') + m_engagements->text();
}

void OfficialPanel::render()
{
    const QColor muted = mutedTextColor(palette());
    m_showOnTimeline->setEnabled(m_dossier != nullptr);
    m_channelWith->setEnabled(m_dossier != nullptr);
    m_copyCitation->setEnabled(m_dossier && m_dossier->engagementCount() > 0);
    m_showOnTimeline->setChecked(m_dossier && officialId() == m_highlightedOfficial);
    if (!m_dossier) {
        m_header->clear();
        m_body->setHtml(QStringLiteral("<p align=\"center\">%1</p>")
                            .arg(span(muted, escaped(tr("Select an official to see their "
                                                        "offices and engagements")))));
        return;
    }
    m_header->setText(headerHtml());
    m_body->setHtml(positionsHtml() + countsHtml());
}

QString OfficialPanel::headerHtml() const
{
    const Official& official = m_dossier->official;
    QString html = QStringLiteral("<span style=\"font-size:x-large; font-weight:600\">%1</span>")
                       .arg(escaped(official.name));
    if (official.nativeName)
        html += QStringLiteral(" &nbsp;") + escaped(*official.nativeName);
    const std::string country =
        m_snapshot ? m_snapshot->countryName(official.country) : official.country;
    return html + QStringLiteral("<br>") + span(mutedTextColor(palette()), escaped(country));
}

QString OfficialPanel::positionsHtml() const
{
    QStringList items;
    for (const auto& position : m_dossier->official.positions) {
        const QString when =
            position.end ? tr("%1 – %2").arg(dateText(position.start), dateText(*position.end))
                         : tr("since %1").arg(dateText(position.start));
        items << QStringLiteral("<b>%1</b>, %2<br>%3")
                     .arg(escaped(position.title), escaped(position.organization),
                          span(mutedTextColor(palette()), escaped(when)));
    }
    if (items.isEmpty())
        items << escaped(tr("No office on record"));
    return QStringLiteral("<h3>%1</h3><ul><li>%2</li></ul>")
        .arg(escaped(tr("Offices")), items.join(QStringLiteral("</li><li>")));
}

QString OfficialPanel::countsHtml() const
{
    // The most frequent few; the whole record is in the engagements below.
    constexpr size_t kShown = 8;
    const QColor muted = mutedTextColor(palette());
    const auto table = [&](const std::vector<Count>& counts, auto nameOf) {
        QString rows;
        for (size_t i = 0; i < std::min(counts.size(), kShown); ++i)
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(escaped(nameOf(counts[i].id)), QLocale().toString(counts[i].meetings));
        if (counts.size() > kShown)
            rows += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr>")
                        .arg(span(muted, escaped(tr("and %n more", nullptr,
                                                    static_cast<int>(counts.size() - kShown)))));
        if (counts.empty())
            rows = QStringLiteral("<tr><td>%1</td></tr>").arg(span(muted, escaped(tr("None"))));
        return QStringLiteral(
                   "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">%1</table>")
            .arg(rows);
    };
    const auto countryName = [this](const std::string& code) {
        return m_snapshot ? m_snapshot->countryName(code) : code;
    };
    const auto topicName = [this](const std::string& id) {
        return m_snapshot ? m_snapshot->topicName(id) : id;
    };
    // One above the other: a dock is often too narrow for two columns of names.
    return QStringLiteral("<h3>%1</h3>%2<h3>%3</h3>%4")
        .arg(escaped(tr("Met with")), table(m_dossier->counterpartCountries, countryName),
             escaped(tr("Topics")), table(m_dossier->topics, topicName));
}

void OfficialPanel::onAnchorClicked(const QUrl& url)
{
    const auto link = parseAppLink(url);
    if (!link)
        return;
    if (link->target == LinkTarget::Meeting)
        emit meetingActivated(link->id);
    else if (link->target == LinkTarget::Official)
        emit officialActivated(link->id);
}

void OfficialPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The muted colours are written into the HTML: redo them for the new palette.
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace parley::ui
