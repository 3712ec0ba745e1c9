// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/ControlServer.h"

#include "HttpAdapter.h"
#include "Logging.h"
#include "control/FaultSwitchboard.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, "application/json"_ba});
    // Indented, because people read these responses in a terminal.
    response.body = QJsonDocument(object).toJson(QJsonDocument::Indented);
    return response;
}

HttpResponse errorResponse(int status, const QString &message)
{
    return jsonResponse(status, {{u"error"_s, message}});
}

HttpResponse methodNotAllowed(const HttpRequest &request, const QByteArray &allowed)
{
    HttpResponse response = errorResponse(
        405, u"%1 %2 is not a control route; this path accepts %3."_s.arg(
                 QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)));
    response.headers.append({"Allow"_ba, allowed});
    return response;
}

HttpResponse notImplemented(const QString &what)
{
    return errorResponse(501, u"This sandbox build cannot %1 yet."_s.arg(what));
}

const QStringList routes{u"GET /state"_s,   u"GET /log?after=N"_s,  u"GET /faults"_s,
                         u"POST /faults"_s, u"DELETE /faults"_s,    u"DELETE /faults/{id}"_s,
                         u"POST /reset"_s,  u"POST /api-keys/revoke"_s};

QJsonArray kindNameList()
{
    QJsonArray names;
    for (const FaultKind kind : allFaultKinds())
        names.append(faultKindName(kind));
    return names;
}

// "/faults/" and "/faults" are the same route.
QString normalisedPath(const QString &path)
{
    QString normalised = path;
    while (normalised.size() > 1 && normalised.endsWith(u'/'))
        normalised.chop(1);
    return normalised;
}

} // namespace

ControlServer::ControlServer(FaultSwitchboard &faults, Hooks hooks)
    : m_faults(faults)
    , m_hooks(std::move(hooks))
{}

ControlServer::~ControlServer() = default;

Result<quint16, QString> ControlServer::listen(const QHostAddress &address, quint16 port)
{
    using PortResult = Result<quint16, QString>;

    if (address.isNull() || !address.isLoopback())
        return PortResult::failure(
            u"The control interface only listens on a loopback address such as 127.0.0.1 or "
            u"::1, not on \"%1\"."_s.arg(address.isNull() ? u"(none)"_s : address.toString()));

    auto http = std::make_unique<HttpAdapter>(
        [this](const HttpRequest &request) { return handle(request); });
    auto listening = http->listen(address, port);
    if (!listening)
        return listening;
    m_http = std::move(http);
    return listening;
}

HttpResponse ControlServer::handle(const HttpRequest &request)
{
    const QString path = normalisedPath(request.path);

    if (!request.remoteAddress.isNull() && !request.remoteAddress.isLoopback())
        return errorResponse(403, u"The control interface accepts loopback callers only."_s);
    if (request.hasHeader("Origin"_ba))
        return errorResponse(
            403, u"The control interface rejects requests with an Origin header, so that web "
                 u"pages cannot reach it. Send the request without one."_s);

    if (path == u"/"_s) {
        if (request.method != "GET"_ba)
            return methodNotAllowed(request, "GET"_ba);
        return jsonResponse(200, {{u"routes"_s, QJsonArray::fromStringList(routes)}});
    }
    if (path == u"/state"_s) {
        if (request.method != "GET"_ba)
            return methodNotAllowed(request, "GET"_ba);
        if (!m_hooks.snapshot)
            return notImplemented(u"report its state"_s);
        return jsonResponse(200, m_hooks.snapshot());
    }
    if (path == u"/log"_s) {
        if (request.method != "GET"_ba)
            return methodNotAllowed(request, "GET"_ba);
        return readLog(request);
    }
    if (path == u"/faults"_s)
        return routeFaults(request);
    if (path.startsWith(u"/faults/"_s)) {
        if (request.method != "DELETE"_ba)
            return methodNotAllowed(request, "DELETE"_ba);
        return disarmFault(path.mid(8));
    }
    if (path == u"/reset"_s) {
        if (request.method != "POST"_ba)
            return methodNotAllowed(request, "POST"_ba);
        if (!m_hooks.reset)
            return notImplemented(u"reset"_s);
        m_hooks.reset();
        qCInfo(lcSandbox) << "Sandbox reset through the control interface";
        return jsonResponse(200, {{u"reset"_s, true}});
    }

    if (path == u"/api-keys/revoke"_s) {
        if (request.method != "POST"_ba)
            return methodNotAllowed(request, "POST"_ba);
        return revokeApiKey(request);
    }

    return errorResponse(
        404, u"No control route %1 %2. The routes are: %3."_s.arg(
                 QString::fromLatin1(request.method), request.path, routes.join(u", "_s)));
}

HttpResponse ControlServer::routeFaults(const HttpRequest &request)
{
    if (request.method == "GET"_ba) {
        QJsonArray faults;
        for (const ArmedFault &fault : m_faults.armedFaults())
            faults.append(fault.toJson());
        return jsonResponse(200, {{u"faults"_s, faults}, {u"kinds"_s, kindNameList()}});
    }
    if (request.method == "POST"_ba)
        return armFault(request);
    if (request.method == "DELETE"_ba)
        return jsonResponse(200, {{u"cleared"_s, m_faults.clear()}});
    return methodNotAllowed(request, "GET, POST, DELETE"_ba);
}

HttpResponse ControlServer::armFault(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(
            400,
            u"The request body must be a JSON object such as {\"kind\":\"500\", "
            u"\"endpoint\":\"POST session-server\", \"count\":1}%1."_s.arg(
                parseError.error != QJsonParseError::NoError
                    ? u" (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset)
                    : QString()));

    const auto spec = FaultSpec::fromJson(document.object());
    if (!spec)
        return errorResponse(400, spec.error());
    return jsonResponse(200, m_faults.arm(spec.value()).toJson());
}

HttpResponse ControlServer::disarmFault(const QString &idText)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber)
        return errorResponse(
            400, u"\"%1\" is not a fault id; use the \"id\" from GET /faults."_s.arg(idText));
    if (!m_faults.disarm(id))
        return errorResponse(404, u"No armed fault has the id %1."_s.arg(id));
    return jsonResponse(200, {{u"cleared"_s, 1}});
}

HttpResponse ControlServer::revokeApiKey(const HttpRequest &request)
{
    if (!m_hooks.revokeApiKey)
        return notImplemented(u"revoke API keys"_s);

    const QString example = u"{\"api_key\":\"sandbox_…\"}"_s;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(
            400, u"The request body must be a JSON object such as %1."_s.arg(example));
    const QJsonValue key = document.object().value(u"api_key"_s);
    if (!key.isString() || key.toString().isEmpty())
        return errorResponse(
            400, u"The field \"api_key\" must be the API key to revoke, as in %1; GET /state "
                 u"lists the keys."_s.arg(example));

    const QByteArray apiKey = key.toString().toUtf8();
    if (!m_hooks.revokeApiKey(apiKey))
        return errorResponse(
            404, u"The sandbox issued no API key %1; GET /state lists the keys."_s.arg(
                     QString::fromLatin1(maskedSecret(apiKey))));
    qCInfo(lcSandbox) << "API key" << maskedSecret(apiKey)
                      << "revoked through the control interface";
    return jsonResponse(200, {{u"api_key"_s, key.toString()}, {u"revoked"_s, true}});
}

HttpResponse ControlServer::readLog(const HttpRequest &request)
{
    if (!m_hooks.logEntries)
        return notImplemented(u"report its request log"_s);

    const QUrlQuery query(request.query);
    qint64 after = 0;
    if (query.hasQueryItem(u"after"_s)) {
        const QString text = query.queryItemValue(u"after"_s);
        bool isNumber = false;
        after = text.toLongLong(&isNumber);
        if (!isNumber || after < 0)
            return errorResponse(
                400, u"The query parameter \"after\" must be a whole number of 0 or more, not "
                     u"\"%1\"."_s.arg(text));
    }

    const QJsonArray entries = m_hooks.logEntries(after);
    qint64 lastSequence = after;
    for (const QJsonValue &entry : entries)
        lastSequence = qMax(lastSequence, entry[u"sequence"_s].toInteger());
    return jsonResponse(200, {{u"entries"_s, entries}, {u"last_sequence"_s, lastSequence}});
}

} // namespace studio::sandbox
