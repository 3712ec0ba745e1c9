// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorMessages.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

QJsonObject ErrorMessage::toJson(Language language) const
{
    QJsonObject entry = extraFields;
    entry.insert(u"error_description"_s, english);
    entry.insert(u"error_description_translated"_s, language == Language::Dutch ? dutch : english);
    return entry;
}

namespace errors {

namespace {

// Echoed caller text is cut short so that a huge value cannot blow up the error body.
QString shortened(const QString &text)
{
    constexpr qsizetype maxLength = 64;
    return text.size() <= maxLength ? text : text.left(maxLength) + u"..."_s;
}

} // namespace

ErrorMessage routeNotFound()
{
    return {u"Route not found."_s, u"Route niet gevonden."_s, {}};
}

ErrorMessage methodNotAllowed(const QByteArray &method, const QByteArray &allowedMethods)
{
    const QString used = QString::fromLatin1(method);
    const QString allowed = QString::fromLatin1(allowedMethods);
    return {u"Method not allowed. This endpoint accepts %1, not %2."_s.arg(allowed, used),
            u"Methode niet toegestaan. Dit endpoint accepteert %1, niet %2."_s.arg(allowed, used),
            {}};
}

ErrorMessage insufficientAuthorisation()
{
    return {u"Insufficient authorisation."_s, u"Onvoldoende autorisatie."_s, {}};
}

ErrorMessage insufficientAuthentication()
{
    return {u"Insufficient authentication."_s, u"Onvoldoende authenticatie."_s, {}};
}

ErrorMessage credentialsIncorrect()
{
    return {u"User credentials are incorrect. Incorrect API key or IP address."_s,
            u"Gebruikersgegevens zijn onjuist. Onjuiste API-sleutel of onjuist IP-adres."_s,
            {}};
}

ErrorMessage signatureInvalid()
{
    return {u"The request signature is invalid."_s,
            u"De handtekening van het verzoek is ongeldig."_s,
            {}};
}

ErrorMessage signatureRequired()
{
    // bunq sent this extra key with the text; the URL is its forum thread about signing.
    const QJsonObject link{{u"url_together_post"_s, u"https://together.bunq.com/d/15399"_s}};
    return {u"For this operation a request signature is required. Check the urls for more "
            u"information."_s,
            u"Voor deze handeling is een handtekening van het verzoek vereist. Bekijk de urls "
            u"voor meer informatie."_s,
            {{u"error_additional_parameter"_s, QJsonArray{link}}}};
}

ErrorMessage tooManyRequests(int maxCalls, int windowSeconds)
{
    const QString calls = QString::number(maxCalls);
    const QString seconds = QString::number(windowSeconds);
    return {u"Too many requests. You can do a maximum of %1 calls per %2 seconds to this "
            u"endpoint."_s.arg(calls, seconds),
            u"Te veel verzoeken. Je kunt maximaal %1 verzoeken per %2 seconden naar dit endpoint "
            u"sturen."_s.arg(calls, seconds),
            {}};
}

ErrorMessage sessionAlreadyExists()
{
    return {u"Authentication token already has a user session."_s,
            u"Het authenticatietoken heeft al een gebruikerssessie."_s,
            {}};
}

ErrorMessage userNotFound()
{
    return {u"User not found."_s, u"Gebruiker niet gevonden."_s, {}};
}

ErrorMessage monetaryAccountNotFound()
{
    return {u"Monetary account not found."_s, u"Rekening niet gevonden."_s, {}};
}

ErrorMessage paymentNotFound()
{
    return {u"Payment not found."_s, u"Betaling niet gevonden."_s, {}};
}

ErrorMessage requestResponseNotFound()
{
    return {u"Request response not found. The local sandbox has no other users, so nobody has "
            u"sent you a request to accept."_s,
            u"Verzoekantwoord niet gevonden. De lokale sandbox heeft geen andere gebruikers, dus "
            u"niemand heeft je een verzoek gestuurd om te accepteren."_s,
            {}};
}

ErrorMessage bodyNotJsonObject()
{
    return {u"The request body is not a JSON object."_s,
            u"De body van het verzoek is geen JSON-object."_s,
            {}};
}

ErrorMessage fieldMissing(const QString &field)
{
    return {u"The field \"%1\" is missing from the request body."_s.arg(field),
            u"Het veld \"%1\" ontbreekt in de body van het verzoek."_s.arg(field),
            {}};
}

ErrorMessage fieldNotNonEmptyString(const QString &field)
{
    return {u"The field \"%1\" must be a non-empty string."_s.arg(field),
            u"Het veld \"%1\" moet een niet-lege tekst zijn."_s.arg(field),
            {}};
}

ErrorMessage fieldNotString(const QString &field)
{
    return {u"The field \"%1\" must be a string."_s.arg(field),
            u"Het veld \"%1\" moet een tekst zijn."_s.arg(field),
            {}};
}

ErrorMessage fieldNotObject(const QString &field)
{
    return {u"The field \"%1\" must be a JSON object."_s.arg(field),
            u"Het veld \"%1\" moet een JSON-object zijn."_s.arg(field),
            {}};
}

ErrorMessage fieldNotBoolean(const QString &field)
{
    return {u"The field \"%1\" must be true or false."_s.arg(field),
            u"Het veld \"%1\" moet true of false zijn."_s.arg(field),
            {}};
}

ErrorMessage amountInvalid(const QString &field, const QString &value)
{
    const QString quoted = shortened(value);
    return {u"The field \"%1\" must be an amount written as a string with at most two decimals, "
            u"such as \"10.00\", not \"%2\"."_s.arg(field, quoted),
            u"Het veld \"%1\" moet een bedrag zijn, geschreven als tekst met hoogstens twee "
            u"decimalen, zoals \"10.00\", niet \"%2\"."_s.arg(field, quoted),
            {}};
}

ErrorMessage amountNotPositive(const QString &field)
{
    return {u"The field \"%1\" must be more than 0.00."_s.arg(field),
            u"Het veld \"%1\" moet meer dan 0.00 zijn."_s.arg(field),
            {}};
}

ErrorMessage currencyNotEuro(const QString &field, const QString &currency)
{
    const QString quoted = shortened(currency);
    return {u"The field \"%1\" must be \"EUR\", not \"%2\": the sandbox only handles euros."_s
                .arg(field, quoted),
            u"Het veld \"%1\" moet \"EUR\" zijn, niet \"%2\": de sandbox kent alleen euro's."_s
                .arg(field, quoted),
            {}};
}

ErrorMessage requestAmountTooHigh(const QString &maximum)
{
    return {u"sugardaddy@bunq.com gives at most EUR %1 per request-inquiry. Ask for EUR %1 or "
            u"less, and send more requests for more money."_s.arg(maximum),
            u"sugardaddy@bunq.com geeft hoogstens EUR %1 per betaalverzoek. Vraag om EUR %1 of "
            u"minder, en stuur meer verzoeken voor meer geld."_s.arg(maximum),
            {}};
}

ErrorMessage counterpartyNotSugarDaddy()
{
    return {u"The sandbox has no other users, so counterparty_alias must be the sandbox's money "
            u"source: {\"type\":\"EMAIL\",\"value\":\"sugardaddy@bunq.com\"}."_s,
            u"De sandbox heeft geen andere gebruikers, dus counterparty_alias moet de geldbron van "
            u"de sandbox zijn: {\"type\":\"EMAIL\",\"value\":\"sugardaddy@bunq.com\"}."_s,
            {}};
}

ErrorMessage insufficientFunds(qint64 accountId, const QString &balance, const QString &amount)
{
    const QString account = QString::number(accountId);
    return {u"Insufficient funds: monetary account %1 has EUR %2, less than the EUR %3 of this "
            u"payment. Request money from sugardaddy@bunq.com first."_s.arg(account, balance,
                                                                              amount),
            u"Onvoldoende saldo: rekening %1 heeft EUR %2, minder dan de EUR %3 van deze betaling. "
            u"Vraag eerst geld aan sugardaddy@bunq.com."_s.arg(account, balance, amount),
            {}};
}

ErrorMessage countInvalid(const QString &value)
{
    const QString quoted = shortened(value);
    return {u"The count parameter must be a whole number from 1 to 200, not \"%1\"."_s.arg(quoted),
            u"De parameter count moet een geheel getal van 1 tot en met 200 zijn, niet \"%1\"."_s
                .arg(quoted),
            {}};
}

ErrorMessage paginationIdInvalid(const QString &parameter, const QString &value)
{
    const QString quoted = shortened(value);
    return {u"The %1 parameter must be the id of an item from an earlier page, not \"%2\"."_s.arg(
                parameter, quoted),
            u"De parameter %1 moet het id van een item van een eerdere pagina zijn, niet \"%2\"."_s
                .arg(parameter, quoted),
            {}};
}

ErrorMessage olderAndNewerId()
{
    return {u"Use older_id or newer_id, not both in one request."_s,
            u"Gebruik older_id of newer_id, niet allebei in een verzoek."_s,
            {}};
}

ErrorMessage publicKeyNotSpkiPem()
{
    return {u"The client_public_key is not a valid RSA public key in SPKI PEM format. Send the "
            u"key as a \"-----BEGIN PUBLIC KEY-----\" PEM block."_s,
            u"De client_public_key is geen geldige publieke RSA-sleutel in SPKI-PEM-formaat. "
            u"Stuur de sleutel als \"-----BEGIN PUBLIC KEY-----\"-PEM-blok."_s,
            {}};
}

ErrorMessage publicKeyIsPkcs1()
{
    return {u"The client_public_key is a PKCS#1 key (\"BEGIN RSA PUBLIC KEY\"). Send it in SPKI "
            u"PEM format (\"BEGIN PUBLIC KEY\")."_s,
            u"De client_public_key is een PKCS#1-sleutel (\"BEGIN RSA PUBLIC KEY\"). Stuur hem in "
            u"SPKI-PEM-formaat (\"BEGIN PUBLIC KEY\")."_s,
            {}};
}

ErrorMessage publicKeyNotRsa()
{
    return {u"The client_public_key is not an RSA key. Send a 2048-bit RSA public key in SPKI "
            u"PEM format."_s,
            u"De client_public_key is geen RSA-sleutel. Stuur een publieke RSA-sleutel van 2048 "
            u"bits in SPKI-PEM-formaat."_s,
            {}};
}

ErrorMessage permittedIpsNotList()
{
    return {u"The field \"permitted_ips\" must be a list of IPv4 addresses or \"*\"."_s,
            u"Het veld \"permitted_ips\" moet een lijst van IPv4-adressen of \"*\" zijn."_s,
            {}};
}

ErrorMessage permittedIpInvalid(const QString &entry)
{
    const QString value = shortened(entry);
    return {u"The permitted_ips entry \"%1\" is not a valid IPv4 address. Use addresses such as "
            u"192.0.2.10, or \"*\" to allow every address."_s.arg(value),
            u"De permitted_ips-waarde \"%1\" is geen geldig IPv4-adres. Gebruik adressen zoals "
            u"192.0.2.10, of \"*\" om elk adres toe te staan."_s.arg(value),
            {}};
}

ErrorMessage serverKeyUnavailable()
{
    return {u"The sandbox could not generate a server key pair. Try the installation again."_s,
            u"De sandbox kon geen sleutelpaar voor de server maken. Probeer de installatie "
            u"opnieuw."_s,
            {}};
}

} // namespace errors

} // namespace studio::sandbox
