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

ErrorMessage userNotFound()
{
    return {u"User not found."_s, u"Gebruiker niet gevonden."_s, {}};
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
