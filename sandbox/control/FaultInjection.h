// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"
#include "control/FaultSpec.h"

#include <QString>

namespace studio::sandbox {

// A response changed by a fault, and how the HTTP layer must put it on the wire.
struct FaultedResponse
{
    enum class Delivery
    {
        Whole,    // status line, headers and body, as usual
        Drop,     // nothing: the connection is aborted
        Truncate, // status line, headers with the full Content-Length, then half the body, then
                  // the connection is closed
    };

    HttpResponse response;
    Delivery delivery = Delivery::Whole;
    int delayMs = 0;                   // wait this long before writing anything
    bool lowerCaseHeaderNames = false; // also for the headers the HTTP layer adds
    QString summary;                   // what the fault did, e.g. "replaced 200 with 500 …"
};

// Applies a fault to the response the sandbox produced for request. Status faults replace the
// body with bunq's Error envelope in the request's language and keep the response and request
// ids (the response id not for InternalError500WithoutResponseId). The replacement body is not
// signed, because only the dispatcher has the installation's server key.
FaultedResponse applyFault(const FaultSpec &spec, const HttpRequest &request,
                           HttpResponse response);

// Returns the number of body bytes a truncated response carries: half, rounded down.
qsizetype truncatedBodySize(const HttpResponse &response);

} // namespace studio::sandbox
