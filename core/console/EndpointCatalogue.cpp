// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/EndpointCatalogue.h"

#include "console/ApiPath.h"
#include "console/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace studio::console {

Q_LOGGING_CATEGORY(lcConsole, "studio.core.console")

namespace {

// Translation context for the messages below. It is declared here, where lupdate finds it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::console::EndpointCatalogue)
};

const QString formatName = u"bunq-session-studio-endpoints"_s;
constexpr int formatVersion = 1;
const QString builtInResource = u":/studio/console/catalogue.json"_s;

bool isPlaceholder(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// "/v1/user/12?count=5" and "user/12" both give {"user", "12"}. A trailing '/' leaves an empty
// last segment, which is what a person who typed "user/" is about to fill in.
QList<QStringView> pathSegments(QStringView path)
{
    return apiRelativePath(path).split(u'/');
}

QList<QStringView> templateSegments(const CatalogueEntry &entry)
{
    return pathSegments(entry.pathTemplate);
}

bool segmentMatches(QStringView pattern, QStringView typed)
{
    if (isPlaceholder(pattern))
        return !typed.isEmpty();
    return pattern == typed;
}

// A typed path that has not reached "/v1/" yet, such as "/" or "/v", could still become any
// entry.
bool isStartOfApiRoot(QStringView typed)
{
    return typed.isEmpty() || (u"/v1/"_s.startsWith(typed)) || (u"v1/"_s.startsWith(typed));
}

QString entryLabel(qsizetype index, const QString &id)
{
    if (id.isEmpty())
        return Text::tr("Entry %1").arg(index + 1);
    //: %1 is the position of the entry in the list, %2 its id.
    return Text::tr("Entry %1 (\"%2\")").arg(QString::number(index + 1), id);
}

std::optional<QString> checkPathTemplate(const QString &path)
{
    static const QRegularExpression placeholderName(u"^\\{[A-Za-z][A-Za-z0-9]*\\}$"_s);

    if (!path.startsWith(u"/v1/"_s))
        return Text::tr("must start with \"/v1/\"");
    if (path.contains(u'?') || path.endsWith(u'/'))
        return Text::tr("must be a path without query or trailing \"/\"");

    const QList<QStringView> segments = QStringView(path).mid(4).split(u'/');
    for (const QStringView segment : segments) {
        if (segment.isEmpty())
            return Text::tr("has an empty segment");
        const bool hasBrace = segment.contains(u'{') || segment.contains(u'}');
        if (hasBrace && !placeholderName.match(segment).hasMatch()) {
            //: %1 is a path segment such as "{userId}x".
            return Text::tr("has the malformed placeholder \"%1\"; a placeholder is "
                            "a whole segment such as \"{userId}\"")
                .arg(segment.toString());
        }
    }
    return std::nullopt;
}

Result<CatalogueEntry, QString> readEntry(const QJsonValue &value, qsizetype index)
{
    using EntryResult = Result<CatalogueEntry, QString>;

    if (!value.isObject())
        return EntryResult::failure(Text::tr("Entry %1 is not a JSON object.").arg(index + 1));
    const QJsonObject object = value.toObject();
    CatalogueEntry entry;
    entry.id = object.value(u"id"_s).toString();
    const QString label = entryLabel(index, entry.id);

    auto fieldError = [&label](const QString &field, const QString &problem) {
        //: %1 names the entry, %2 the field, %3 what is wrong with it.
        return EntryResult::failure(
            Text::tr("%1: the field \"%2\" %3.").arg(label, field, problem));
    };
    auto requiredString = [&object](const QString &field) {
        return object.value(field).isString() && !object.value(field).toString().isEmpty();
    };

    static const QRegularExpression idPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!requiredString(u"id"_s))
        return fieldError(u"id"_s, Text::tr("must be a non-empty string"));
    if (!idPattern.match(entry.id).hasMatch()) {
        return fieldError(u"id"_s, Text::tr("must be lower-case words joined by "
                                            "\"-\", such as \"payment-create\""));
    }

    for (const QString &field : {u"group"_s, u"method"_s, u"path"_s, u"summary"_s}) {
        if (!requiredString(field))
            return fieldError(field, Text::tr("must be a non-empty string"));
    }
    entry.group = object.value(u"group"_s).toString();
    entry.summary = object.value(u"summary"_s).toString();

    const QString method = object.value(u"method"_s).toString();
    static const QStringList methods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    if (!methods.contains(method)) {
        return fieldError(u"method"_s, Text::tr("must be GET, POST, PUT or DELETE, "
                                                "not \"%1\"")
                                           .arg(method));
    }
    entry.method = method.toLatin1();

    entry.pathTemplate = object.value(u"path"_s).toString();
    if (const auto problem = checkPathTemplate(entry.pathTemplate))
        return fieldError(u"path"_s, *problem);

    const QJsonValue body = object.value(u"body"_s);
    const bool carriesBody = entry.method == "POST" || entry.method == "PUT";
    if (!body.isUndefined() && !carriesBody) {
        return fieldError(u"body"_s, Text::tr("is only allowed for POST and PUT, "
                                              "and this entry is %1")
                                         .arg(method));
    }
    if (body.isObject()) {
        entry.bodyTemplate = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isString()) {
        entry.bodyTemplate = body.toString().toUtf8();
    } else if (!body.isUndefined()) {
        return fieldError(u"body"_s, Text::tr("must be a JSON object or a string"));
    }

    return EntryResult::success(entry);
}

} // namespace

Result<EndpointCatalogue, QString> EndpointCatalogue::fromJson(const QByteArray &json)
{
    using CatalogueResult = Result<EndpointCatalogue, QString>;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is the parser's message, %2 the byte offset.
        return CatalogueResult::failure(
            QCoreApplication::translate("studio::console::EndpointCatalogue",
                                        "The endpoint list is not valid JSON: %1 at byte %2.")
                .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName ||
        root.value(u"version"_s).toInt() != formatVersion) {
        return CatalogueResult::failure(
            QCoreApplication::translate(
                "studio::console::EndpointCatalogue",
                "The endpoint list must have \"format\": \"%1\" and \"version\": %2.")
                .arg(formatName, QString::number(formatVersion)));
    }
    if (!root.value(u"entries"_s).isArray())
        return CatalogueResult::failure(QCoreApplication::translate(
            "studio::console::EndpointCatalogue", "The endpoint list has no \"entries\" array."));

    EndpointCatalogue catalogue;
    QSet<QString> ids;
    QSet<QString> routes;
    const QJsonArray entries = root.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto entry = readEntry(entries.at(i), i);
        if (!entry)
            return CatalogueResult::failure(entry.error());

        const CatalogueEntry &read = entry.value();
        if (ids.contains(read.id)) {
            return CatalogueResult::failure(
                QCoreApplication::translate("studio::console::EndpointCatalogue",
                                            "%1: the id is used by an earlier entry too.")
                    .arg(entryLabel(i, read.id)));
        }
        const QString route = QString::fromLatin1(read.method) + u' ' + read.pathTemplate;
        if (routes.contains(route)) {
            return CatalogueResult::failure(
                QCoreApplication::translate("studio::console::EndpointCatalogue",
                                            "%1: %2 is listed by an earlier entry too.")
                    .arg(entryLabel(i, read.id), route));
        }
        ids.insert(read.id);
        routes.insert(route);
        catalogue.m_entries.append(read);
    }
    return CatalogueResult::success(catalogue);
}

const EndpointCatalogue &EndpointCatalogue::builtIn()
{
    static const EndpointCatalogue catalogue = [] {
        QFile file(builtInResource);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcConsole) << "built-in endpoint list missing:" << file.errorString();
            return EndpointCatalogue();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            qCCritical(lcConsole) << "built-in endpoint list invalid:" << parsed.error();
            return EndpointCatalogue();
        }
        return std::move(parsed).value();
    }();
    return catalogue;
}

QList<CatalogueEntry> EndpointCatalogue::matching(QStringView typed, const QByteArray &method) const
{
    const bool anyPath = isStartOfApiRoot(typed);
    const QList<QStringView> typedSegments = pathSegments(typed);

    QList<CatalogueEntry> found;
    for (const CatalogueEntry &entry : m_entries) {
        if (!method.isEmpty() && entry.method != method)
            continue;
        if (anyPath) {
            found.append(entry);
            continue;
        }

        const QList<QStringView> segments = templateSegments(entry);
        if (typedSegments.size() > segments.size())
            continue;

        bool matches = true;
        const qsizetype last = typedSegments.size() - 1;
        for (qsizetype i = 0; i < last && matches; ++i)
            matches = segmentMatches(segments.at(i), typedSegments.at(i));

        // The last typed segment is still being written: a prefix of the literal, or any part of
        // an id where the template has a placeholder.
        const QStringView pattern = segments.at(last);
        const QStringView partial = typedSegments.at(last);
        if (matches && !isPlaceholder(pattern))
            matches = pattern.startsWith(partial);
        if (matches)
            found.append(entry);
    }
    return found;
}

std::optional<CatalogueEntry> EndpointCatalogue::find(const QByteArray &method,
                                                      QStringView path) const
{
    const QList<QStringView> segments = pathSegments(path);
    const QByteArray upperMethod = method.toUpper();

    std::optional<CatalogueEntry> best;
    int bestLiterals = -1;
    for (const CatalogueEntry &entry : m_entries) {
        if (entry.method != upperMethod)
            continue;
        const QList<QStringView> pattern = templateSegments(entry);
        if (pattern.size() != segments.size())
            continue;

        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            matches = segmentMatches(pattern.at(i), segments.at(i));
            if (!isPlaceholder(pattern.at(i)) || pattern.at(i) == segments.at(i))
                ++literals;
        }
        if (matches && literals > bestLiterals) {
            best = entry;
            bestLiterals = literals;
        }
    }
    return best;
}

std::optional<CatalogueEntry> EndpointCatalogue::entry(const QString &id) const
{
    for (const CatalogueEntry &entry : m_entries) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

QString EndpointCatalogue::translatedSummary(const CatalogueEntry &entry)
{
    return QCoreApplication::translate(translationContext, entry.summary.toUtf8().constData());
}

QString EndpointCatalogue::translatedGroup(const CatalogueEntry &entry)
{
    return QCoreApplication::translate(translationContext, entry.group.toUtf8().constData());
}

} // namespace studio::console
