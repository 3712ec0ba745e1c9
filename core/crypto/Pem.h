// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace studio::crypto {

// The label and decoded DER bytes of one PEM block.
struct PemBlock
{
    QByteArray label; // e.g. "PUBLIC KEY"
    QByteArray der;
};

// Reads the first PEM block of text, tolerating CRLF, a missing trailing newline, surrounding
// whitespace and base64 that is not wrapped at 64 characters.
Result<PemBlock, QString> decodePem(const QByteArray &text);

// Writes DER as a PEM block with 64-character lines, LF line endings and a trailing LF.
QByteArray encodePem(const QByteArray &label, const QByteArray &der);

} // namespace studio::crypto
