// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"
#include "widgets/BodyView.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QToolButton;

namespace studio::ui {

class HeaderTable;

// One side of an exchange, the request or the response: a first line (method and URL, or the
// status and time, with the signature verdict for a response), a note, the headers table and
// the body, with a Copy button for all of it. The caller masks the headers, and the body view
// masks the body unless secrets are revealed.
class MessagePane : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Request, Response };

    explicit MessagePane(Side side, QWidget *parent = nullptr);

    void setMessage(const QString &firstLine, const QString &note,
                    const studio::api::HeaderList &headers, const QByteArray &body,
                    bool revealSecrets);
    // Replaces the first line and the note and keeps the headers and the body, e.g. after a
    // language change.
    void setHeading(const QString &firstLine, const QString &note);
    // Shows the verdict of the server-signature check next to the first line, or hides it.
    void setVerdict(std::optional<studio::api::SignatureVerdict> verdict);
    void clear();

    HeaderTable *headerTable() const { return m_headers; }
    BodyView *bodyView() const { return m_body; }
    // True while a large body is still being prepared for display.
    bool isLoading() const;

    // The first line, the headers and the formatted body as shown, for the clipboard.
    QString plainText() const;

Q_SIGNALS:
    // The body given to the last setMessage() is shown on every page of the body view.
    void bodyLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNote();
    void fitHeaderTable();

    Side m_side;
    QString m_noteText;
    std::optional<studio::api::SignatureVerdict> m_verdictValue;
    // The widgets are created in this order, which is the order Tab visits them.
    QLabel *m_firstLine = nullptr;
    QLabel *m_verdict = nullptr;
    QToolButton *m_copy = nullptr;
    QLabel *m_note = nullptr;
    QSplitter *m_splitter = nullptr;
    HeaderTable *m_headers = nullptr;
    BodyView *m_body = nullptr;
    // The header table is sized to show every row until the user drags the splitter.
    bool m_fitHeaders = true;
};

// The signing details of an exchange: the request's signed bytes, signature and client key, and
// the response's server signature, server key and verdict.
class SigningPane : public QWidget
{
    Q_OBJECT

public:
    explicit SigningPane(QWidget *parent = nullptr);

    // signedBytes is the text to show for the signed bytes, masked by the caller if needed.
    void setExchange(const studio::api::ApiExchange &exchange, const QString &signedBytes);
    void clear();

    QPlainTextEdit *signedBytesView() const { return m_signedBytes; }

    // Every field as shown, one "Caption: value" per line, for the clipboard.
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QGroupBox *m_requestGroup = nullptr;
    QGroupBox *m_responseGroup = nullptr;
    QLabel *m_signedCaption = nullptr;
    QLabel *m_signatureCaption = nullptr;
    QLabel *m_clientKeyCaption = nullptr;
    QLabel *m_verifiedCaption = nullptr;
    QLabel *m_serverSignatureCaption = nullptr;
    QLabel *m_serverKeyCaption = nullptr;
    QLabel *m_verdictCaption = nullptr;
    QLabel *m_signedNote = nullptr;
    QPlainTextEdit *m_signedBytes = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QLabel *m_clientKey = nullptr;
    QLabel *m_verifiedNote = nullptr;
    QPlainTextEdit *m_serverSignature = nullptr;
    QLabel *m_serverKey = nullptr;
    QLabel *m_verdict = nullptr;
    QToolButton *m_copy = nullptr;
};

} // namespace studio::ui
