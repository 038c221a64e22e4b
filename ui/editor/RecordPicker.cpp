#include "ui/editor/RecordPicker.h"

#include "ui/editor/ChoiceModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>

#include <algorithm>
#include <set>

namespace parley::ui {

namespace {

constexpr int kVisibleRows = 4;

QToolButton* smallButton(const QString& text, const char* icon, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The keys do the same (the popup's last row, Delete), so Tab skips them.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

RecordPicker::RecordPicker(std::shared_ptr<RecordCatalog> catalog, RecordKind kind, QWidget* parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
    , m_kind(kind)
    , m_search(new QLineEdit(this))
    , m_newButton(smallButton(tr("New…"), "list-add", this))
    , m_list(new QListWidget(this))
    , m_removeButton(smallButton(tr("Remove"), "list-remove", this))
    , m_model(new ChoiceModel(m_catalog, kind, this))
    , m_completer(new QCompleter(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_newButton->hide();
    m_newButton->setToolTip(tr("Make a new record of the typed name and pick it"));
    m_removeButton->setToolTip(tr("Remove the selected one (Delete)"));
    m_removeButton->setEnabled(false);
    m_list->installEventFilter(this);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFixedHeight(m_list->fontMetrics().height() * kVisibleRows + 4 * kVisibleRows +
                           2 * m_list->frameWidth());

    m_completer->setWidget(m_search);
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search, 0, 0);
    layout->addWidget(m_newButton, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_removeButton, 1, 1, Qt::AlignTop);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textEdited, this, &RecordPicker::showMatches);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &RecordPicker::activate);
    connect(m_newButton, &QToolButton::clicked, this,
            [this] { emit createRequested(m_search->text().trimmed()); });
    connect(m_removeButton, &QToolButton::clicked, this,
            [this] { removeAt(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeButton->setEnabled(row >= 0); });
    rebuildList();
}

void RecordPicker::setPlaceholderText(const QString& text) { m_search->setPlaceholderText(text); }

void RecordPicker::setCreateText(const QString& format)
{
    m_model->setCreateText(format);
    m_newButton->setVisible(!format.isEmpty());
}

void RecordPicker::setIds(std::vector<std::string> ids)
{
    m_ids = std::move(ids);
    rebuildList();
}

void RecordPicker::pick(const std::string& id)
{
    if (std::ranges::find(m_ids, id) != m_ids.end())
        return;
    m_ids.push_back(id);
    rebuildList();
    emit changed();
}

void RecordPicker::catalogChanged()
{
    m_model->refresh();
    rebuildList();
}

QString RecordPicker::pendingText() const { return m_search->text().trimmed(); }

void RecordPicker::showMatches()
{
    m_model->setQuery(m_search->text());
    // The text itself changed what the form would save.
    emit changed();
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // Enter takes the first row, as it would in a search field.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void RecordPicker::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (index.data(ChoiceModel::CreateRole).toBool()) {
        emit createRequested(m_model->query());
        return;
    }
    // Read before the model is reset by the cleared text.
    const std::string id = index.data(ChoiceModel::IdRole).toString().toStdString();
    m_search->clear();
    m_model->setQuery(QString());
    pick(id);
}

void RecordPicker::activateFirst()
{
    m_model->setQuery(m_search->text());
    if (m_model->rowCount() > 0)
        activate(m_model->index(0, 0));
}

void RecordPicker::removeAt(int row)
{
    if (row < 0 || row >= static_cast<int>(m_ids.size()))
        return;
    m_ids.erase(m_ids.begin() + row);
    rebuildList();
    emit changed();
    if (m_ids.empty())
        m_search->setFocus();
    else
        m_list->setCurrentRow(std::min(row, static_cast<int>(m_ids.size()) - 1));
}

void RecordPicker::rebuildList()
{
    m_list->clear();
    for (const auto& id : m_ids) {
        auto* item = new QListWidgetItem(m_list);
        if (const Choice* choice = m_catalog->find(m_kind, id)) {
            item->setText(choice->label);
            item->setToolTip(choice->detail);
        } else {
            item->setText(QString::fromStdString(id));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    // An empty list is no stop for Tab.
    m_list->setFocusPolicy(m_ids.empty() ? Qt::ClickFocus : Qt::StrongFocus);
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
    m_model->setExcluded(std::set<std::string>(m_ids.begin(), m_ids.end()));
}

bool RecordPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search) {
        const bool typed = !m_search->text().trimmed().isEmpty();
        if (typed && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            activateFirst();
            return true; // the form saves on Enter only with nothing left to pick
        }
        if (typed && key == Qt::Key_Down && !m_completer->popup()->isVisible()) {
            showMatches();
            return true;
        }
    } else if (watched == m_list && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
        removeAt(m_list->currentRow());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parley::ui
