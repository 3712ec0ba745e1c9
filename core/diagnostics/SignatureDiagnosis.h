// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"
#include "crypto/RsaPublicKey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace studio::diagnostics {

// A usual reason why bunq rejects a request signature, or why a response signature does not
// verify.
enum class SignatureCause
{
    SignatureMissing,  // no signature header, or an empty one
    BytesChanged,      // the bytes checked are not the bytes signed
    LineEndings,       // CRLF converted to LF or back between signing and checking
    TextEncoding,      // the text re-encoded between Latin-1 and UTF-8
    KeyMismatch,       // signed with a key other than the one the installation registered
    OldStyleSignature, // signed over method, path, headers and body, as before 2020
};

// The decision of the checks on one cause.
enum class CauseVerdict
{
    RuledIn,  // a check shows that this happened
    RuledOut, // a check shows that this did not happen
    Unknown,  // the exchange does not hold what a check would need
};

struct CauseFinding
{
    SignatureCause cause = SignatureCause::SignatureMissing;
    CauseVerdict verdict = CauseVerdict::Unknown;
    QString reason; // translated; names the check that decided it
};

// The outcome of verifying a signature here, with a public key this app holds.
enum class LocalCheck
{
    Valid,
    Invalid,
    NoSignature, // nothing to verify
    NoKey,       // the public key needed is not known
};

// One signed message, the request or the response.
struct SignedMessage
{
    // Request: the bytes the client signed, empty when it sent no signature. Response: the body
    // as received, which the server signature must cover.
    QByteArray signedBytes;
    QByteArray signature;      // standard base64, as in the header
    QByteArray keyFingerprint; // SHA-256 hex of the key that signed (request) or checks (response)

    LocalCheck localCheck = LocalCheck::NoSignature;
    // Request only: the same check with the key registered with the installation, which is the
    // key bunq checks with; NoKey when that key was not given.
    LocalCheck installationCheck = LocalCheck::NoKey;

    // Request: bunq's error response reports the signature as missing or invalid. Response: the
    // signature is missing or does not verify with the server key.
    bool rejected = false;
    // The usual causes in a fixed order, filled only when rejected is true.
    QList<CauseFinding> causes;
};

// The keys a diagnosis checks with; each may be null when it is not known.
struct DiagnosisKeys
{
    crypto::RsaPublicKey clientKey;       // public half of the key that signed the request
    crypto::RsaPublicKey installationKey; // client key registered with POST /v1/installation
    crypto::RsaPublicKey serverKey;       // server key from the installation response
};

struct SignatureDiagnosis
{
    SignedMessage request;
    SignedMessage response;
};

// Verifies the request and response signatures of the exchange. For a rejected one, it decides
// each usual cause by verifying the signature over altered versions of the bytes. The versions
// are: as signed instead of as sent, with CRLF and LF line endings swapped, re-encoded between
// Latin-1 and UTF-8, and the pre-2020 string of method, path, headers and body.
SignatureDiagnosis diagnoseSignatures(const api::ApiExchange &exchange, const DiagnosisKeys &keys);

// True when bunq's error response reports the request signature as missing (HTTP 466 or the
// "signature is required" text) or invalid ("The request signature is invalid.").
bool serverRejectedRequestSignature(const api::ApiExchange &exchange);

// The bytes a client signed for this request before bunq switched to body-only signatures in
// 2020: "METHOD /v1/path?query" LF, then Cache-Control, User-Agent and every X-Bunq- header
// except the signature, sorted by name, one "Name: value" LF each, then LF and the body.
QByteArray oldStyleRequestBytes(const api::ApiExchange &exchange);
// The bytes bunq signed for a response until April 2020: the status code, LF, the X-Bunq-
// headers except the server signature, sorted by name, as "Name: value" joined by LF, then two
// LFs and the body. Lower-case header names are re-capitalised, as the official SDKs do.
QByteArray oldStyleResponseBytes(const api::ApiExchange &exchange);

// Translated short name of a cause, e.g. "CRLF conversion". The old-style signature covered
// other parts of a response than of a request, hence forResponse.
QString causeTitle(SignatureCause cause, bool forResponse = false);
// Translated "ruled in", "ruled out" or "undecided".
QString causeVerdictText(CauseVerdict verdict);
// Translated one-line result of a local check, e.g. "signature valid".
QString localCheckText(LocalCheck check);

// True when the bytes contain something a text view hides or shows ambiguously: a byte above 0x7F,
// a carriage return, or another control character than line feed and tab.
bool needsHexView(const QByteArray &bytes);
// Returns one line per 16 bytes: the offset, the bytes in hex and the printable ASCII characters
// (a dot for any other byte), e.g. "00000000  7b 0d 0a 7d                 |{..}|".
QString hexDump(const QByteArray &bytes);

} // namespace studio::diagnostics
