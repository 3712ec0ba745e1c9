// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/Placeholders.h"

#include "console/ApiPath.h"
#include "console/EndpointCatalogue.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::console {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z][A-Za-z0-9]*)\\}"_s);
    return pattern;
}

QList<QStringView> apiSegments(QStringView path)
{
    return apiRelativePath(path).split(u'/');
}

// The placeholder values a concrete path gives for a template, or nothing when it does not fit.
std::optional<QList<std::pair<QString, QString>>> extractValues(QStringView pathTemplate,
                                                                QStringView path)
{
    const QList<QStringView> pattern = apiSegments(pathTemplate);
    const QList<QStringView> segments = apiSegments(path);
    if (pattern.size() != segments.size())
        return std::nullopt;

    QList<std::pair<QString, QString>> values;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QRegularExpressionMatch match = placeholderPattern().match(pattern.at(i));
        const bool isPlaceholder =
            match.hasMatch() && match.capturedLength() == pattern.at(i).size();
        if (isPlaceholder) {
            // A placeholder the person has not filled in yet teaches nothing.
            if (segments.at(i).isEmpty() || segments.at(i).startsWith(u'{'))
                continue;
            values.append({match.captured(1), QUrl::fromPercentEncoding(segments.at(i).toUtf8())});
        } else if (pattern.at(i) != segments.at(i)) {
            return std::nullopt;
        }
    }
    return values;
}

// The placeholder that names the items of an object type, e.g. "Payment" → "paymentId".
QString placeholderForType(const QString &type)
{
    static const QList<std::pair<QString, QString>> exact = {
        {u"Payment"_s, u"paymentId"_s},
        {u"RequestInquiry"_s, u"requestInquiryId"_s},
        {u"RequestResponse"_s, u"requestResponseId"_s},
        {u"DraftPayment"_s, u"draftPaymentId"_s},
        {u"Event"_s, u"eventId"_s},
        {u"AttachmentPublic"_s, u"attachmentId"_s},
        {u"DeviceServer"_s, u"deviceServerId"_s},
        {u"Installation"_s, u"installationId"_s},
    };
    for (const auto &[name, placeholder] : exact) {
        if (type == name)
            return placeholder;
    }

    // Subtypes: UserPerson, UserCompany, UserApiKey, …; MonetaryAccountBank, …Savings, …;
    // CardDebit, CardCredit, ….
    if (type.startsWith(u"User"_s))
        return u"userId"_s;
    if (type.startsWith(u"MonetaryAccount"_s))
        return u"monetaryAccountId"_s;
    if (type.startsWith(u"Card"_s))
        return u"cardId"_s;
    return {};
}

QString itemId(const QJsonObject &object)
{
    const QJsonValue id = object.value(u"id"_s);
    if (id.isDouble())
        return QString::number(id.toInteger());
    if (id.isString())
        return id.toString();
    return object.value(u"uuid"_s).toString();
}

// A create call returns {"Id":{"id":N}} (or {"Uuid":…}) at the list path, so the new record's
// placeholder is the one the catalogue puts after that path.
QString placeholderForCreatedItem(const QString &path)
{
    const QString readPath = apiRelativePath(path).toString() + u"/0"_s;
    const auto entry = EndpointCatalogue::builtIn().find("GET", readPath);
    if (!entry || !entry->pathTemplate.endsWith(u'}'))
        return {};
    // Catalogue templates are checked on loading, so a final '}' closes a placeholder.
    return placeholderNames(entry->pathTemplate).constLast();
}

} // namespace

QStringList placeholderNames(QStringView pathTemplate)
{
    QStringList names;
    auto matches = placeholderPattern().globalMatch(pathTemplate);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

void PlaceholderValues::set(const QString &name, const QString &value)
{
    if (value.isEmpty()) {
        m_current.remove(name);
        return;
    }
    remember(name, value, true);
}

QString PlaceholderValues::value(const QString &name) const
{
    return m_current.value(name);
}

QStringList PlaceholderValues::candidates(const QString &name) const
{
    return m_candidates.value(name);
}

QStringList PlaceholderValues::names() const
{
    QStringList names = m_candidates.keys();
    std::sort(names.begin(), names.end());
    return names;
}

void PlaceholderValues::learnFromSession(const onboarding::SessionContext &context)
{
    if (context.user.id != 0)
        remember(u"userId"_s, QString::number(context.user.id), true);
    if (context.sessionId != 0)
        remember(u"sessionId"_s, QString::number(context.sessionId), true);
    if (context.installationId != 0)
        remember(u"installationId"_s, QString::number(context.installationId), true);
    if (context.deviceId != 0)
        remember(u"deviceServerId"_s, QString::number(context.deviceId), true);
}

void PlaceholderValues::learnFromResult(const QString &path, const api::ApiResult &result)
{
    if (!result.ok())
        return;

    // The ids in the path worked, so they are the ones in use.
    for (const CatalogueEntry &entry : EndpointCatalogue::builtIn().entries()) {
        const auto values = extractValues(entry.pathTemplate, path);
        if (!values)
            continue;
        for (const auto &[name, value] : *values)
            remember(name, value, true);
        break;
    }

    // Walked backwards so that the first item of a list (bunq's newest) ends up as the most
    // recent candidate.
    QStringList listedNames;
    for (qsizetype i = result.items.size() - 1; i >= 0; --i) {
        const QJsonObject wrapper = result.items.at(i).toObject();
        for (auto it = wrapper.constBegin(); it != wrapper.constEnd(); ++it) {
            const QString id = itemId(it.value().toObject());
            if (id.isEmpty())
                continue;

            const bool created = it.key() == u"Id"_s || it.key() == u"Uuid"_s;
            const QString name =
                created ? placeholderForCreatedItem(path) : placeholderForType(it.key());
            if (name.isEmpty())
                continue;
            remember(name, id, created);
            if (!created && !listedNames.contains(name))
                listedNames.append(name);
        }
    }

    for (const QString &name : std::as_const(listedNames)) {
        if (!m_current.contains(name))
            m_current.insert(name, m_candidates.value(name).constFirst());
    }
}

void PlaceholderValues::clear()
{
    m_current.clear();
    m_candidates.clear();
}

void PlaceholderValues::remember(const QString &name, const QString &value, bool makeCurrent)
{
    QStringList &seen = m_candidates[name];
    seen.removeAll(value);
    seen.prepend(value);
    while (seen.size() > maximumCandidates)
        seen.removeLast();

    if (makeCurrent)
        m_current.insert(name, value);
}

FilledPath fillPlaceholders(QStringView pathTemplate, const PlaceholderValues &values)
{
    FilledPath filled;
    qsizetype copiedUpTo = 0;
    auto matches = placeholderPattern().globalMatch(pathTemplate);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1);
        const QString value = values.value(name);
        filled.path += pathTemplate.mid(copiedUpTo, match.capturedStart(0) - copiedUpTo);
        if (value.isEmpty()) {
            filled.path += match.capturedView(0);
            if (!filled.missing.contains(name))
                filled.missing.append(name);
        } else {
            // Ids are digits or UUIDs; encoding keeps any other value inside its segment.
            filled.path += QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        copiedUpTo = match.capturedEnd(0);
    }
    filled.path += pathTemplate.mid(copiedUpTo);
    return filled;
}

} // namespace studio::console
