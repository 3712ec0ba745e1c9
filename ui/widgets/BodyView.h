// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/PreparedBody.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace studio::ui {

class JsonTreeView;
class LargeTextView;

// An HTTP body in three pages: Formatted (indented JSON, or the text as received), Tree (a
// collapsible JSON tree) and Raw (the text as received, or a hex dump). Secrets are masked
// unless revealed.
//
// Bodies up to synchronousLimit bytes are shown before setBody() returns. Larger ones are
// prepared on a worker thread while the window stays responsive: a progress bar runs, the
// pages can be switched, and loaded() follows once every page shows the body. A newer setBody()
// or clear() cancels a load still running.
class BodyView : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Formatted, Tree, Raw };

    static constexpr qsizetype synchronousLimit = 64 * 1024;

    explicit BodyView(QWidget *parent = nullptr);
    ~BodyView() override;

    void setBody(const QByteArray &body, bool revealSecrets);
    void clear();

    bool isLoading() const { return m_watcher != nullptr; }

    // The text of the Formatted page, or an empty string while loading.
    QString toPlainText() const;
    // The text of the Raw page in text form.
    QString rawText() const;
    // What the body is and how it is shown, e.g. "JSON, indented for reading.", or an empty
    // string for an empty body.
    QString statusText() const;
    // Lines on the Formatted page, or 0 while loading.
    qsizetype formattedLineCount() const;
    // The body as prepared, or null while loading and before the first body.
    std::shared_ptr<const PreparedBody> preparedBody() const { return m_prepared; }

    Page currentPage() const;
    void setCurrentPage(Page page);
    bool isHexShown() const;
    void setHexShown(bool shown);

    // Names for screen readers, derived from the body's name, e.g. "Response body".
    void setAccessibleBodyName(const QString &name);

    QTabWidget *pages() const { return m_pages; }
    // The Formatted page shows small bodies in a QPlainTextEdit and larger ones in a
    // LargeTextView. Whichever is not in use is empty.
    QPlainTextEdit *textEdit() const { return m_smallText; }
    LargeTextView *largeTextView() const { return m_largeText; }
    JsonTreeView *treeView() const { return m_tree; }
    LargeTextView *rawView() const { return m_raw; }

Q_SIGNALS:
    // Every page shows the body given to the last setBody().
    void loaded();
    // statusText() changed.
    void statusChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createFormattedPage();
    QWidget *createTreePage();
    QWidget *createRawPage();
    void retranslateUi();
    void cancelLoading();
    void startLoading(const QByteArray &body, bool revealSecrets);
    void showPrepared(std::shared_ptr<const PreparedBody> prepared);
    void showFormatted();
    void showRaw();
    QString jsonErrorText(const JsonParseError &error) const;

    QTabWidget *m_pages = nullptr;
    QStackedWidget *m_formattedStack = nullptr;
    QPlainTextEdit *m_smallText = nullptr;
    LargeTextView *m_largeText = nullptr;
    JsonTreeView *m_tree = nullptr;
    QLabel *m_rawNote = nullptr;
    QToolButton *m_hexButton = nullptr;
    LargeTextView *m_raw = nullptr;
    QWidget *m_progressBox = nullptr;
    QProgressBar *m_progress = nullptr;

    std::shared_ptr<const PreparedBody> m_prepared;
    QFutureWatcher<PreparedBody> *m_watcher = nullptr;
    qsizetype m_loadingSize = 0;
    QString m_bodyName;
};

} // namespace studio::ui
