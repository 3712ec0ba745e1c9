// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace studio::sandbox {

// The language of error_description_translated, picked by the X-Bunq-Language request header.
// bunq falls back to English for every value other than nl_NL.
enum class Language
{
    English,
    Dutch
};

// One entry of bunq's Error envelope: the English text, its translation and any extra keys.
struct ErrorMessage
{
    QString english;
    QString dutch;
    QJsonObject extraFields; // merged into the entry next to the two descriptions

    QJsonObject toJson(Language language) const;
};

// The sandbox's error texts. The ones quoted from bunq are marked; bunq's wording of the others
// is unknown, so they are written to name the field and the problem.
namespace errors {

ErrorMessage routeNotFound();
ErrorMessage methodNotAllowed(const QByteArray &method, const QByteArray &allowedMethods);

ErrorMessage insufficientAuthorisation();  // bunq's text, HTTP 401
ErrorMessage insufficientAuthentication(); // bunq's text, HTTP 403
ErrorMessage credentialsIncorrect();       // bunq's text, HTTP 400
ErrorMessage signatureInvalid();           // bunq's text, HTTP 400
ErrorMessage signatureRequired();          // bunq's text, HTTP 466

ErrorMessage tooManyRequests(int maxCalls, int windowSeconds); // bunq's text, HTTP 429
ErrorMessage sessionAlreadyExists(); // bunq's text; the sandbox sends HTTP 400

ErrorMessage userNotFound();
ErrorMessage monetaryAccountNotFound();
ErrorMessage paymentNotFound();
ErrorMessage requestResponseNotFound();

ErrorMessage bodyNotJsonObject();
ErrorMessage fieldMissing(const QString &field);
ErrorMessage fieldNotNonEmptyString(const QString &field);
ErrorMessage fieldNotString(const QString &field);
ErrorMessage fieldNotObject(const QString &field);
ErrorMessage fieldNotBoolean(const QString &field);

ErrorMessage amountInvalid(const QString &field, const QString &value);
ErrorMessage amountNotPositive(const QString &field);
ErrorMessage currencyNotEuro(const QString &field, const QString &currency);
ErrorMessage requestAmountTooHigh(const QString &maximum);
ErrorMessage counterpartyNotSugarDaddy();
ErrorMessage insufficientFunds(qint64 accountId, const QString &balance, const QString &amount);

ErrorMessage countInvalid(const QString &value);
ErrorMessage paginationIdInvalid(const QString &parameter, const QString &value);
ErrorMessage olderAndNewerId();

ErrorMessage publicKeyNotSpkiPem();
ErrorMessage publicKeyIsPkcs1();
ErrorMessage publicKeyNotRsa();

ErrorMessage permittedIpsNotList();
ErrorMessage permittedIpInvalid(const QString &entry);

ErrorMessage serverKeyUnavailable();

} // namespace errors

} // namespace studio::sandbox
