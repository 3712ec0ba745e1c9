// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// Text forms of an exchange for the exchange view. Kept free of widgets so tests can check
// them directly and other views (history, exports) can reuse them.
namespace studio::ui {

// Re-indents valid JSON with two spaces per level, keeping key order, string escapes and every
// value byte for byte. Returns nothing when the text is not valid JSON.
std::optional<QByteArray> indentJson(const QByteArray &json);

// Re-indents JSON like indentJson() without checking it first. Precondition: json is valid
// JSON, e.g. it passed JsonTree::parse. isCancelled, when given, is polled now and then. Once it
// returns true, the work ends early with a partial result for the caller to discard.
QByteArray indentValidJson(const QByteArray &json, const std::function<bool()> &isCancelled = {});

// Returns the body as text for reading: indented when it is JSON, as received otherwise.
QString bodyForDisplay(const QByteArray &body);

// Returns the path and query of the request URL, e.g. "/v1/user/12?count=5".
QString requestTarget(const studio::api::ApiExchange &exchange);

// Returns "200 OK", "404 Not Found", or "no response" with the transport error when no HTTP
// response arrived.
QString statusText(const studio::api::ApiExchange &exchange);

// Returns "POST /v1/installation → 200 OK · 42 ms · server signature valid".
QString summaryLine(const studio::api::ApiExchange &exchange);

// Returns one "Name: value" line per header, in the order given.
QString headersAsText(const studio::api::HeaderList &headers);

// Returns "1 byte" or "58 bytes" in the interface language. English takes its plural forms from
// the studio_en catalogue, so without any catalogue installed the text reads "58 byte(s)".
QString byteCountText(qsizetype count);

} // namespace studio::ui
