// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BodyView.h"

#include "widgets/JsonTreeView.h"
#include "widgets/LargeTextView.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// QPlainTextEdit lays out its whole text at once and every long line in full, so it shows only
// texts that it lays out within a few milliseconds. LargeTextView shows the others.
constexpr qsizetype maxPlainTextEditCharacters = 64 * 1024;
constexpr qsizetype maxPlainTextEditLine = 2000;

int pageIndex(BodyView::Page page)
{
    return static_cast<int>(page);
}

} // namespace

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QTabWidget(this))
{
    // Each page is built whole and added at once, in the order of the tabs, because adding a
    // widget moves its focus chain to the end of the window's. Tab then visits the tab bar
    // and the current page from top to bottom.
    m_pages->setObjectName(u"bodyPages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(createFormattedPage(), QString());
    m_pages->addTab(createTreePage(), QString());
    m_pages->addTab(createRawPage(), QString());

    m_progressBox = new QWidget(this);
    m_progress = new QProgressBar(m_progressBox);
    m_progress->setObjectName(u"bodyProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(m_progress->fontMetrics().horizontalAdvance(u'M') * 16);
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress);
    m_pages->setCornerWidget(m_progressBox, Qt::TopRightCorner);
    m_progressBox->hide();

    // The pages may shrink to a few lines, so the body view needs hardly more height than the
    // plain text view it replaced, and a short window still fits the rest of the exchange.
    const int fewLines = fontMetrics().lineSpacing() * 3;
    const QList<QWidget *> views = {m_smallText, m_largeText, m_tree->treeView(), m_raw};
    for (QWidget *view : views)
        view->setMinimumHeight(fewLines);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_hexButton, &QToolButton::toggled, this, &BodyView::showRaw);

    retranslateUi();
    clear();
}

QWidget *BodyView::createFormattedPage()
{
    m_formattedStack = new QStackedWidget;
    m_smallText = createBodyView(m_formattedStack);
    m_smallText->setObjectName(u"formattedText"_s);
    m_largeText = new LargeTextView(m_formattedStack);
    m_largeText->setObjectName(u"formattedLargeText"_s);
    m_formattedStack->addWidget(m_smallText);
    m_formattedStack->addWidget(m_largeText);
    return m_formattedStack;
}

QWidget *BodyView::createTreePage()
{
    m_tree = new JsonTreeView;
    m_tree->setObjectName(u"bodyTree"_s);
    return m_tree;
}

QWidget *BodyView::createRawPage()
{
    auto *page = new QWidget;
    m_rawNote = new QLabel(page);
    m_rawNote->setWordWrap(true);
    m_rawNote->hide();
    m_hexButton = new QToolButton(page);
    m_hexButton->setObjectName(u"hexButton"_s);
    m_hexButton->setCheckable(true);
    m_hexButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_hexButton->setFocusPolicy(Qt::StrongFocus);
    m_raw = new LargeTextView(page);
    m_raw->setObjectName(u"rawView"_s);
    m_raw->setWrapping(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_rawNote, 1);
    top->addStretch();
    top->addWidget(m_hexButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_raw, 1);
    return page;
}

BodyView::~BodyView()
{
    cancelLoading();
}

void BodyView::setBody(const QByteArray &body, bool revealSecrets)
{
    cancelLoading();
    if (body.size() <= synchronousLimit) {
        showPrepared(std::make_shared<const PreparedBody>(prepareBody(body, revealSecrets)));
        return;
    }
    startLoading(body, revealSecrets);
}

void BodyView::clear()
{
    cancelLoading();
    showPrepared(nullptr);
}

void BodyView::cancelLoading()
{
    if (!m_watcher)
        return;
    // The worker notices the cancellation at its next poll and ends without a result. The
    // watcher goes away with its connections, so nothing from the old load arrives here.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progressBox->hide();
}

void BodyView::startLoading(const QByteArray &body, bool revealSecrets)
{
    m_prepared.reset();
    m_loadingSize = body.size();
    m_smallText->clear();
    m_largeText->clear();
    m_formattedStack->setCurrentWidget(m_largeText);
    m_tree->clear();
    m_raw->clear();
    m_pages->setTabEnabled(pageIndex(Page::Tree), true);
    m_progress->setValue(0);
    m_progressBox->show();
    retranslateUi();

    auto *watcher = new QFutureWatcher<PreparedBody>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_watcher = nullptr;
        watcher->deleteLater();
        m_progressBox->hide();
        if (watcher->future().resultCount() == 0)
            return;
        showPrepared(std::make_shared<const PreparedBody>(watcher->result()));
    });

    watcher->setFuture(QtConcurrent::run(
        [body, revealSecrets](QPromise<PreparedBody> &promise) {
            promise.setProgressRange(0, 100);
            PreparedBody prepared = prepareBody(
                body, revealSecrets, [&promise] { return promise.isCanceled(); },
                [&promise](int percent) { promise.setProgressValue(percent); });
            if (!prepared.cancelled)
                promise.addResult(std::move(prepared));
        }));
    Q_EMIT statusChanged();
}

void BodyView::showPrepared(std::shared_ptr<const PreparedBody> prepared)
{
    m_prepared = std::move(prepared);
    m_loadingSize = 0;

    const bool json = m_prepared && m_prepared->kind == PreparedBody::Kind::Json;
    m_tree->setTree(json ? m_prepared->tree : nullptr);
    m_pages->setTabEnabled(pageIndex(Page::Tree), json);

    showFormatted();

    const bool binary = m_prepared && m_prepared->kind == PreparedBody::Kind::Binary;
    const QSignalBlocker blocker(m_hexButton);
    m_hexButton->setChecked(binary);
    m_rawNote->setVisible(binary);
    showRaw();

    retranslateUi();
    Q_EMIT statusChanged();
    if (m_prepared)
        Q_EMIT loaded();
}

void BodyView::showFormatted()
{
    if (!m_prepared) {
        m_smallText->clear();
        m_largeText->clear();
        m_formattedStack->setCurrentWidget(m_smallText);
        return;
    }

    const StringLines &formatted = *m_prepared->formatted;
    const bool small = formatted.fullText().size() <= maxPlainTextEditCharacters
        && formatted.maxLineLength() <= maxPlainTextEditLine;
    if (small) {
        m_largeText->clear();
        m_smallText->setPlainText(formatted.fullText());
        m_formattedStack->setCurrentWidget(m_smallText);
    } else {
        m_smallText->clear();
        m_largeText->setLines(m_prepared->formatted);
        m_formattedStack->setCurrentWidget(m_largeText);
    }
}

void BodyView::showRaw()
{
    if (!m_prepared) {
        m_raw->clear();
        return;
    }
    const bool hex = m_hexButton->isChecked();
    m_raw->setWrapping(!hex);
    if (hex)
        m_raw->setLines(std::make_shared<const HexLines>(m_prepared->shownBytes));
    else
        m_raw->setLines(m_prepared->raw);
    retranslateUi();
}

QString BodyView::toPlainText() const
{
    return m_prepared ? m_prepared->formatted->fullText() : QString();
}

qsizetype BodyView::formattedLineCount() const
{
    return m_prepared ? m_prepared->formatted->lineCount() : 0;
}

QString BodyView::rawText() const
{
    return m_prepared ? m_prepared->raw->fullText() : QString();
}

BodyView::Page BodyView::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void BodyView::setCurrentPage(Page page)
{
    m_pages->setCurrentIndex(pageIndex(page));
}

bool BodyView::isHexShown() const
{
    return m_hexButton->isChecked();
}

void BodyView::setHexShown(bool shown)
{
    m_hexButton->setChecked(shown);
}

void BodyView::setAccessibleBodyName(const QString &name)
{
    m_bodyName = name;
    retranslateUi();
}

QString BodyView::jsonErrorText(const JsonParseError &error) const
{
    const QString offset = QLocale().toString(error.offset);
    switch (error.kind) {
    case JsonParseError::Kind::UnexpectedCharacter:
        //: %1 is a byte offset in the body.
        return tr("unexpected character at byte %1").arg(offset);
    case JsonParseError::Kind::UnexpectedEnd:
        return tr("the body ends too early");
    case JsonParseError::Kind::InvalidString:
        //: %1 is a byte offset in the body.
        return tr("invalid string at byte %1").arg(offset);
    case JsonParseError::Kind::InvalidNumber:
        //: %1 is a byte offset in the body.
        return tr("invalid number at byte %1").arg(offset);
    case JsonParseError::Kind::TrailingCharacters:
        //: %1 is a byte offset in the body.
        return tr("more text after the JSON value at byte %1").arg(offset);
    case JsonParseError::Kind::Cancelled:
        break;
    }
    return {};
}

QString BodyView::statusText() const
{
    if (isLoading()) {
        //: %1 is a size such as "10.2 MB".
        return tr("Preparing %1 for display…")
            .arg(QLocale().formattedDataSize(m_loadingSize, 1, QLocale::DataSizeSIFormat));
    }
    if (!m_prepared)
        return {};

    switch (m_prepared->kind) {
    case PreparedBody::Kind::Empty:
        return {};
    case PreparedBody::Kind::Json:
        return tr("JSON, indented for reading.");
    case PreparedBody::Kind::Text:
        //: %1 describes the problem, e.g. "unexpected character at byte 1".
        return tr("Not JSON (%1), shown as received.")
            .arg(jsonErrorText(m_prepared->jsonError.value_or(JsonParseError{})));
    case PreparedBody::Kind::Binary:
        return tr("Not valid UTF-8 text: the Raw tab shows the bytes in hex.");
    }
    return {};
}

void BodyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Q_EMIT statusChanged();
    }
    QWidget::changeEvent(event);
}

void BodyView::retranslateUi()
{
    //: Page of a body view: the body indented for reading.
    m_pages->setTabText(pageIndex(Page::Formatted), tr("Formatted"));
    //: Page of a body view: the JSON body as a collapsible tree.
    m_pages->setTabText(pageIndex(Page::Tree), tr("Tree"));
    //: Page of a body view: the body exactly as received.
    m_pages->setTabText(pageIndex(Page::Raw), tr("Raw"));
    m_pages->setTabToolTip(pageIndex(Page::Tree), m_pages->isTabEnabled(pageIndex(Page::Tree))
                                                      ? QString()
                                                      : tr("The body is not JSON."));

    const QString emptyText = isLoading() ? tr("Preparing the body…")
                                          //: Placeholder of an empty HTTP body.
                                          : tr("(empty body)");
    m_smallText->setPlaceholderText(emptyText);
    m_largeText->setPlaceholderText(emptyText);
    m_raw->setPlaceholderText(emptyText);
    //: %p is replaced by the percentage done.
    m_progress->setFormat(tr("Preparing… %p%"));

    //: Toggle on the Raw page of a body view.
    m_hexButton->setText(tr("Hex"));
    m_hexButton->setToolTip(tr("Show the bytes in hex: the offset, 16 bytes and their ASCII "
                               "characters on each line."));
    m_rawNote->setText(tr("The body is not valid UTF-8, so it is shown as hex."));

    const QString name = m_bodyName.isEmpty() ? tr("Body") : m_bodyName;
    m_smallText->setAccessibleName(name);
    m_largeText->setAccessibleName(name);
    //: %1 is "Request body" or "Response body".
    m_raw->setAccessibleName(m_hexButton->isChecked() ? tr("%1 in hex").arg(name)
                                                      : tr("%1 as received").arg(name));
}

} // namespace studio::ui
