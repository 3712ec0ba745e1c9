// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/JsonTree.h"
#include "widgets/TextLines.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>

namespace studio::ui {

// An HTTP body made ready for the body view: masked, checked, parsed and indented. Building one
// takes long for bodies of several megabytes, so BodyView builds those on a worker thread. The
// result is immutable and shared with the views.
struct PreparedBody
{
    enum class Kind {
        Empty,
        Json,
        Text, // valid UTF-8 that is not JSON
        Binary, // not valid UTF-8
    };

    Kind kind = Kind::Empty;
    bool cancelled = false;
    // The body as shown: with secrets masked unless they were revealed.
    QByteArray shownBytes;
    // Why a Text body is not JSON.
    std::optional<JsonParseError> jsonError;
    // Set for Json bodies.
    std::shared_ptr<const JsonTree> tree;
    // Indented JSON, or the text as received for other kinds.
    std::shared_ptr<const StringLines> formatted;
    // The text as received, with U+FFFD in place of bytes that are not UTF-8.
    std::shared_ptr<const StringLines> raw;
};

// Builds a PreparedBody. isCancelled is polled between steps and inside long ones. Once it
// returns true, the result has only cancelled set. reportProgress receives a percentage.
PreparedBody prepareBody(const QByteArray &body, bool revealSecrets,
                         const std::function<bool()> &isCancelled = {},
                         const std::function<void(int)> &reportProgress = {});

// Masks secret values in a body as api::redactJsonBody does, but leaves every byte outside the
// masked values untouched even when the body is not valid UTF-8.
QByteArray maskBodySecrets(const QByteArray &body);

} // namespace studio::ui
