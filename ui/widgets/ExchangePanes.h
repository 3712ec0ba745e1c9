// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace studio::ui {

class HeaderTable;

// One side of an exchange, the request or the response: a first line (method and URL, or the
// status), a note, the headers table and the body, with a Copy button for all of it. The
// caller passes what to display; masking happens before.
class MessagePane : public QWidget
{
    Q_OBJECT

public:
    enum class Side { Request, Response };

    explicit MessagePane(Side side, QWidget *parent = nullptr);

    void setMessage(const QString &firstLine, const QString &note,
                    const studio::api::HeaderList &headers, const QString &body);
    void clear();

    HeaderTable *headerTable() const { return m_headers; }
    QPlainTextEdit *bodyView() const { return m_body; }

    // The first line, the headers and the body as shown, for the clipboard.
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Side m_side;
    QLabel *m_firstLine = nullptr;
    QLabel *m_note = nullptr;
    HeaderTable *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QToolButton *m_copy = nullptr;
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
