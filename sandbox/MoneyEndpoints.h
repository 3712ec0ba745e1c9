// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"

namespace studio::sandbox {

// Monetary accounts, sandbox money and payments. Every path starts with user/{userID}, which
// must be the id of the session's user; account ids must name an account that session reaches.
// Otherwise the reply is 404.

// GET user/{userID}/monetary-account and …/monetary-account-bank: the accounts, paginated.
EndpointReply listMonetaryAccounts(const EndpointContext &context);
// GET user/{userID}/monetary-account/{id} and …/monetary-account-bank/{id}.
EndpointReply readMonetaryAccount(const EndpointContext &context);

// POST …/monetary-account/{id}/request-inquiry: requests up to EUR 500.00 from
// sugardaddy@bunq.com, which accepts automatically a moment later.
EndpointReply createRequestInquiry(const EndpointContext &context);

// GET …/monetary-account/{id}/payment: the account's payments, newest first, paginated.
EndpointReply listPayments(const EndpointContext &context);
// GET …/monetary-account/{id}/payment/{paymentID}.
EndpointReply readPayment(const EndpointContext &context);
// POST …/monetary-account/{id}/payment: pays sugardaddy@bunq.com back from the balance; needs a
// valid body signature.
EndpointReply createPayment(const EndpointContext &context);

// PUT …/monetary-account/{id}/request-response/{id}: accepting needs a valid body signature.
// The sandbox never has a request to respond to, so a request that passes the checks gets 404.
EndpointReply updateRequestResponse(const EndpointContext &context);

} // namespace studio::sandbox
