// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/FaultSpec.h"

#include <QJsonValue>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

struct KindName
{
    FaultKind kind;
    QStringView name;
};

constexpr std::array kindNames{
    KindName{FaultKind::Slow, u"slow"},
    KindName{FaultKind::InternalError500, u"500"},
    KindName{FaultKind::InternalError500WithoutResponseId, u"500-no-response-id"},
    KindName{FaultKind::Maintenance491, u"491"},
    KindName{FaultKind::DropConnection, u"drop"},
    KindName{FaultKind::TruncatedBody, u"truncate"},
    KindName{FaultKind::MissingSignature, u"no-signature"},
    KindName{FaultKind::TamperedSignature, u"bad-signature"},
    KindName{FaultKind::LowerCaseHeaders, u"lower-case-headers"},
    KindName{FaultKind::RateLimited429, u"429"},
};

const QStringList knownMethods{u"GET"_s,   u"POST"_s, u"PUT"_s,    u"DELETE"_s,
                               u"PATCH"_s, u"HEAD"_s, u"OPTIONS"_s};

QString kindList()
{
    QStringList names;
    for (const KindName &entry : kindNames)
        names.append(entry.name.toString());
    return names.join(u", "_s);
}

// Returns the whole number in text, or nothing when the text is not one or is out of range.
std::optional<int> wholeNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const qlonglong number = text.trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<int> wholeNumber(const QJsonValue &value, int minimum, int maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < minimum || number > maximum)
        return std::nullopt;
    return static_cast<int>(number);
}

QString countRangeText()
{
    return u"a whole number from 1 to %1"_s.arg(FaultSpec::maxCount);
}

QString delayRangeText()
{
    return u"a whole number of milliseconds from 1 to %1"_s.arg(FaultSpec::maxDelayMs);
}

// Strips "/v1/" and surrounding slashes from a pattern path and splits it into segments.
Result<QStringList, QString> patternSegments(QString path)
{
    using SegmentsResult = Result<QStringList, QString>;

    if (path.contains(u'?'))
        return SegmentsResult::failure(
            u"The endpoint path \"%1\" contains a query; leave out everything from \"?\"."_s.arg(
                path));
    if (path.startsWith(u"/"_s))
        path.remove(0, 1);
    if (path.startsWith(u"v1/"_s))
        path.remove(0, 3);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        return SegmentsResult::failure(
            u"The endpoint has no path after /v1/; use \"*\" for every path."_s);
    if (path == u"*"_s)
        return SegmentsResult::success({});

    const QStringList segments = path.split(u'/');
    if (segments.contains(QString()))
        return SegmentsResult::failure(
            u"The endpoint path \"%1\" has an empty segment (\"//\")."_s.arg(path));
    return SegmentsResult::success(segments);
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QList<FaultKind> allFaultKinds()
{
    QList<FaultKind> kinds;
    for (const KindName &entry : kindNames)
        kinds.append(entry.kind);
    return kinds;
}

Result<EndpointPattern, QString> EndpointPattern::parse(const QString &text)
{
    using PatternResult = Result<EndpointPattern, QString>;

    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 2)
        return PatternResult::failure(
            u"The endpoint \"%1\" is not valid; write \"*\" for every request, or a method and "
            u"a path such as \"POST session-server\" or \"GET user/*\"."_s.arg(text));

    EndpointPattern pattern;
    QString path;
    if (words.size() == 2) {
        const QString method = words.at(0).toUpper();
        if (method != u"*"_s && !knownMethods.contains(method))
            return PatternResult::failure(
                u"The endpoint method \"%1\" is not valid; use %2 or \"*\"."_s.arg(
                    words.at(0), knownMethods.join(u", "_s)));
        if (method != u"*"_s)
            pattern.m_method = method.toLatin1();
        path = words.at(1);
    } else if (knownMethods.contains(words.at(0))) {
        pattern.m_method = words.at(0).toLatin1();
        path = u"*"_s;
    } else {
        path = words.at(0);
    }

    auto segments = patternSegments(path);
    if (!segments)
        return PatternResult::failure(segments.error());
    pattern.m_segments = std::move(segments).value();
    return PatternResult::success(pattern);
}

bool EndpointPattern::matches(const QByteArray &method, const QString &path) const
{
    if (!m_method.isEmpty() && m_method != method)
        return false;
    if (m_segments.isEmpty())
        return true;
    if (!path.startsWith(u"/v1/"_s))
        return false;

    QStringList segments = path.mid(4).split(u'/');
    while (!segments.isEmpty() && segments.constLast().isEmpty())
        segments.removeLast();

    const bool openEnded = m_segments.constLast() == u"*"_s;
    if (segments.size() < m_segments.size())
        return false;
    if (!openEnded && segments.size() != m_segments.size())
        return false;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const QString &wanted = m_segments.at(i);
        if (wanted == u"*"_s ? segments.at(i).isEmpty() : wanted != segments.at(i))
            return false;
    }
    return true;
}

QString EndpointPattern::toString() const
{
    if (m_method.isEmpty() && m_segments.isEmpty())
        return u"*"_s;
    const QString method = m_method.isEmpty() ? u"*"_s : QString::fromLatin1(m_method);
    const QString path = m_segments.isEmpty() ? u"*"_s : m_segments.join(u'/');
    return method + u' ' + path;
}

Result<FaultSpec, QString> FaultSpec::parse(const QString &text)
{
    using SpecResult = Result<FaultSpec, QString>;

    const QStringList parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return SpecResult::failure(
            u"The fault \"%1\" is not valid; write kind[=delay_ms]:endpoint[:count], e.g. "
            u"\"500:POST session-server:2\" or \"slow=1500:GET user/*\"."_s.arg(text));

    const QString kindText = parts.at(0).trimmed();
    const qsizetype equals = kindText.indexOf(u'=');
    const QString kindName = equals < 0 ? kindText : kindText.left(equals);
    const auto kind = faultKindFromName(kindName);
    if (!kind)
        return SpecResult::failure(
            u"Unknown fault kind \"%1\"; use one of: %2."_s.arg(kindName, kindList()));

    FaultSpec spec;
    spec.kind = *kind;
    if (*kind == FaultKind::Slow) {
        if (equals < 0)
            return SpecResult::failure(
                u"The fault \"slow\" needs a delay in milliseconds, e.g. \"slow=1500:*\"."_s);
        const QString delayText = kindText.mid(equals + 1);
        const auto delay = wholeNumber(delayText, 1, maxDelayMs);
        if (!delay)
            return SpecResult::failure(u"The delay of \"slow\" must be %1, not \"%2\"."_s.arg(
                delayRangeText(), delayText));
        spec.delayMs = *delay;
    } else if (equals >= 0) {
        return SpecResult::failure(
            u"Only \"slow\" takes a delay; remove \"=%1\" from \"%2\"."_s.arg(
                kindText.mid(equals + 1), kindText));
    }

    auto endpoint = EndpointPattern::parse(parts.at(1));
    if (!endpoint)
        return SpecResult::failure(endpoint.error());
    spec.endpoint = std::move(endpoint).value();

    if (parts.size() == 3) {
        const auto count = wholeNumber(parts.at(2), 1, maxCount);
        if (!count)
            return SpecResult::failure(
                u"The count of a fault must be %1, not \"%2\"; leave it out to keep the fault "
                u"until it is cleared."_s.arg(countRangeText(), parts.at(2)));
        spec.count = *count;
    }
    return SpecResult::success(spec);
}

Result<FaultSpec, QString> FaultSpec::fromJson(const QJsonObject &object)
{
    using SpecResult = Result<FaultSpec, QString>;

    const QStringList knownFields{u"kind"_s, u"endpoint"_s, u"count"_s, u"delay_ms"_s};
    for (const QString &field : object.keys()) {
        if (!knownFields.contains(field))
            return SpecResult::failure(
                u"Unknown field \"%1\"; a fault has the fields kind, endpoint, count and "
                u"delay_ms."_s.arg(field));
    }

    // "500", "491" and "429" also arrive as numbers from hand-written JSON.
    const QJsonValue kindValue = object.value(u"kind"_s);
    const QString kindName =
        kindValue.isDouble() ? QString::number(kindValue.toInteger()) : kindValue.toString();
    if (kindValue.isUndefined())
        return SpecResult::failure(
            u"The field \"kind\" is missing; use one of: %1."_s.arg(kindList()));
    const auto kind = faultKindFromName(kindName);
    if (!kind)
        return SpecResult::failure(u"The field \"kind\" must be one of: %1."_s.arg(kindList()));

    const QJsonValue endpointValue = object.value(u"endpoint"_s);
    if (!endpointValue.isString())
        return SpecResult::failure(
            u"The field \"endpoint\" must be a string: \"*\" for every request, or a method "
            u"and a path such as \"POST session-server\"."_s);
    auto endpoint = EndpointPattern::parse(endpointValue.toString());
    if (!endpoint)
        return SpecResult::failure(u"The field \"endpoint\" is not valid. "_s + endpoint.error());

    FaultSpec spec;
    spec.kind = *kind;
    spec.endpoint = std::move(endpoint).value();

    const QJsonValue countValue = object.value(u"count"_s);
    if (!countValue.isUndefined() && !countValue.isNull()) {
        const auto count = wholeNumber(countValue, 1, maxCount);
        if (!count)
            return SpecResult::failure(
                u"The field \"count\" must be %1, or null to keep the fault until it is "
                u"cleared."_s.arg(countRangeText()));
        spec.count = *count;
    }

    const QJsonValue delayValue = object.value(u"delay_ms"_s);
    const bool delayGiven = !delayValue.isUndefined() && !delayValue.isNull();
    if (*kind == FaultKind::Slow) {
        const auto delay = delayGiven ? wholeNumber(delayValue, 1, maxDelayMs) : std::nullopt;
        if (!delay)
            return SpecResult::failure(
                u"The field \"delay_ms\" must be %1 for kind \"slow\"."_s.arg(delayRangeText()));
        spec.delayMs = *delay;
    } else if (delayGiven && delayValue.toDouble() != 0) {
        return SpecResult::failure(
            u"The field \"delay_ms\" applies to kind \"slow\" only; leave it out or set it to "
            u"null for kind \"%1\"."_s.arg(kindName));
    }
    return SpecResult::success(spec);
}

QString FaultSpec::describe() const
{
    QString text = faultKindName(kind);
    if (kind == FaultKind::Slow)
        text += u" %1 ms"_s.arg(delayMs);
    text += u" on "_s + endpoint.toString();
    if (!count)
        return text + u", until cleared"_s;
    return text + (*count == 1 ? u", once"_s : u", %1 times"_s.arg(*count));
}

} // namespace studio::sandbox
