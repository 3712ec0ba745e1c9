// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace studio::ui {

// The position and reason of the first problem in a text that is not valid JSON.
struct JsonProblem
{
    qsizetype byteOffset = 0;      // QJsonParseError::offset, into the UTF-8 bytes
    // The character the problem is marked on, an index into the QString: the last one before
    // byteOffset that is not whitespace, because QJsonDocument stops after the offending token.
    qsizetype characterOffset = 0;
    int line = 1;                  // of characterOffset, 1-based
    int column = 1;                // of characterOffset, 1-based, in characters
    QString message;               // the parser's text, e.g. "unterminated object"
};

// Returns the problem of text as a JSON document, or nothing when it parses. Text that is empty
// or only whitespace is no problem: it means "no body".
std::optional<JsonProblem> findJsonProblem(const QString &text);

// Returns valid JSON re-indented with two spaces per level. Unlike QJsonDocument::toJson(), it
// keeps the key order, the spelling of numbers and the escapes in strings, so formatting changes
// only whitespace. Text that is not valid JSON is returned unchanged.
QString formatJsonText(const QString &text);

} // namespace studio::ui
