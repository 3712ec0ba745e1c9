// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendCommand.h"

#include "LocalFiles.h"
#include "api/Redaction.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

const QStringList methods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};

} // namespace

void SendCommand::run()
{
    const auto arguments = positionalArguments(2, u"send METHOD PATH [options]"_s);
    if (!arguments)
        return fail(arguments.error());

    const QString method = arguments.value().at(0).toUpper();
    if (!methods.contains(method)) {
        return fail(CliError::usage(tr("METHOD \"%1\" is not one bunq uses: give GET, POST, PUT "
                                       "or DELETE.")
                                        .arg(arguments.value().at(0))));
    }
    const QString path = arguments.value().at(1);
    if (path.contains(u"://"_s)) {
        return fail(CliError::usage(tr("PATH \"%1\" is a full URL. Give the path only, such as "
                                       "/v1/user or user: the session decides the server.")
                                        .arg(path)));
    }

    const auto body = readBody(method.toLatin1());
    if (!body)
        return fail(body.error());

    loadSession([this, method, path, body](StoredSession session, api::ApiClient *client) {
        if (!requireSession(session))
            return;

        api::ApiRequest request;
        request.method = method.toLatin1();
        request.path = path;
        request.body = body.value();
        request.authToken = session.context.sessionToken;
        send(client, request, [this](const api::ApiResult &result) { report(result); });
    });
}

Result<QByteArray, CliError> SendCommand::readBody(const QByteArray &method) const
{
    using R = Result<QByteArray, CliError>;
    const bool inline_ = m_parser.isSet(m_options.body);
    const bool fromFile = m_parser.isSet(m_options.bodyFile);
    if (inline_ && fromFile)
        return R::failure(CliError::usage(tr("Give --body or --body-file, not both.")));
    if (!inline_ && !fromFile)
        return R::success({});
    if (method == "GET")
        return R::failure(CliError::usage(tr("A GET request carries no body: leave out --body "
                                             "and --body-file, or use POST or PUT.")));

    QByteArray body;
    QString source;
    if (inline_) {
        body = m_parser.value(m_options.body).toUtf8();
        source = u"--body"_s;
    } else {
        const QString file = m_parser.value(m_options.bodyFile);
        const auto bytes = readLocalFile(file);
        if (!bytes)
            return R::failure(bytes.error());
        body = bytes.value();
        source = QDir::toNativeSeparators(file);
    }

    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is "--body" or a file name; %2 the parser's message; %3 the offset.
        CliError error = CliError::usage(tr("%1 is not valid JSON: %2 at offset %3. bunq "
                                            "expects a JSON object.")
                                             .arg(source, parseError.errorString())
                                             .arg(parseError.offset));
        if (fromFile)
            error.code = ExitCode::FileError;
        return R::failure(error);
    }
    return R::success(body);
}

void SendCommand::report(const api::ApiResult &result)
{
    if (result.error)
        return fail(errorFromApiResult(result));

    // Token and secret fields are masked unless --show-secrets; everything else is printed
    // exactly as it arrived and was verified.
    const api::ApiExchange &exchange = result.exchange;
    const QByteArray shown = output().showsSecrets() ? exchange.responseBody
                                                     : api::redactJsonBody(exchange.responseBody);
    if (!output().json()) {
        output().raw(shown.endsWith('\n') ? shown : shown + '\n');
        return finish(ExitCode::Ok);
    }

    QJsonObject json{{u"call"_s, callName(exchange)},
                     {u"http_status"_s, exchange.status},
                     {u"server_signature"_s, verdictJsonName(exchange.serverSignature)},
                     {u"elapsed_ms"_s, exchange.elapsedMs},
                     {u"response"_s, QJsonDocument::fromJson(shown).object()}};
    const QByteArray responseId = exchange.responseHeader("X-Bunq-Client-Response-Id");
    if (!responseId.isEmpty())
        json.insert(u"response_id"_s, QString::fromLatin1(responseId));
    succeed(json, {});
}

} // namespace studio::cli
