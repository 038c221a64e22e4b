#include "ui/window/EraOffices.h"

#include "ui/model/HtmlText.h"
#include "ui/model/TimelineModel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <utility>

namespace parley::ui {

namespace {

const auto kShowKey = QStringLiteral("timeline/showEras");
const auto kOfficesKey = QStringLiteral("timeline/eraOffices");

} // namespace

EraOffices::EraOffices(MainWindow* window, TimelineView* timeline)
    : QObject(window)
    , m_window(window)
    , m_timeline(timeline)
    , m_show(new QAction(tr("Office &Bands"), this))
{
    m_show->setObjectName(QStringLiteral("showEras"));
    m_show->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_show->setCheckable(true);
    const QSettings settings;
    m_show->setChecked(settings.value(kShowKey, true).toBool());
    if (settings.contains(kOfficesKey)) {
        for (const QString& text : settings.value(kOfficesKey).toStringList())
            m_offices.push_back(officeKeyFromText(text));
    } else {
        m_offices = defaultEraOffices();
    }
    connect(m_show, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kShowKey, on);
        apply();
    });
    apply();
}

void EraOffices::addActionsTo(QMenu* view)
{
    view->addAction(m_show);
    QAction* choose = view->addAction(tr("Choose &Offices…"), QKeySequence(tr("Ctrl+Shift+O")),
                                      this, &EraOffices::choose);
    choose->setObjectName(QStringLiteral("chooseEraOffices"));
}

void EraOffices::setOffices(std::vector<OfficeKey> offices)
{
    m_offices = std::move(offices);
    QStringList texts;
    for (const auto& office : m_offices)
        texts << officeKeyText(office);
    QSettings().setValue(kOfficesKey, texts);
    m_show->setChecked(true);
    apply();
}

void EraOffices::apply()
{
    m_timeline->setEraOffices(m_show->isChecked() ? m_offices : std::vector<OfficeKey>());
}

// Every office someone of the database held, by country and title, those
// shown ticked; a search narrows the list.
void EraOffices::choose()
{
    const auto snapshot = m_window->model()->snapshot();
    std::set<std::pair<std::string, std::string>> all;
    for (const auto& [id, official] : *snapshot->reference->officials) {
        for (const auto& position : official.positions)
            all.emplace(snapshot->countryName(official.country) + '\x1f' + official.country,
                        position.title);
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Office Bands"));
    auto* search = new QLineEdit(&dialog);
    search->setPlaceholderText(tr("Find an office or a country…"));
    auto* list = new QListWidget(&dialog);
    list->setAccessibleName(tr("Offices"));
    for (const auto& [country, title] : all) {
        const auto sep = country.find('\x1f');
        const OfficeKey key{country.substr(sep + 1), title};
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(toQString(country.substr(0, sep)), toQString(title)), list);
        item->setData(Qt::UserRole, officeKeyText(key));
        item->setCheckState(std::ranges::find(m_offices, key) != m_offices.end() ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    QObject::connect(search, &QLineEdit::textChanged, list, [list](const QString& text) {
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setHidden(
                !list->item(row)->text().contains(text, Qt::CaseInsensitive));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 70, dialog.fontMetrics().height() * 25);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Those already shown keep their rows; new ones go below.
    std::vector<OfficeKey> ticked;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ticked.push_back(officeKeyFromText(list->item(row)->data(Qt::UserRole).toString()));
    }
    std::vector<OfficeKey> chosen;
    for (const auto& office : m_offices) {
        if (std::ranges::find(ticked, office) != ticked.end())
            chosen.push_back(office);
    }
    for (const auto& office : ticked) {
        if (std::ranges::find(chosen, office) == chosen.end())
            chosen.push_back(office);
    }
    setOffices(std::move(chosen));
}

} // namespace parley::ui
