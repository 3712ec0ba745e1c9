// SPDX-License-Identifier: GPL-3.0-or-later
// sandbox-load: opens one session on a local sandbox with hand-built signed requests, then
// sends signed GET /v1/user on several keep-alive connections for a fixed time and prints how
// many signed 200 responses per second came back. Loopback only; used by
// bench/sandbox-throughput.sh.

#include "crypto/RsaKeyPair.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using studio::crypto::RsaKeyPair;
using studio::crypto::RsaPublicKey;

namespace {

struct Response
{
    int status = 0;
    QByteArray headers; // the header block, lines separated by CRLF
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// One blocking HTTP/1.1 keep-alive connection to an IPv4 loopback address. The sandbox always
// sends Content-Length, so a response ends after that many body bytes.
class HttpConnection
{
public:
    HttpConnection(const QHostAddress &address, quint16 port)
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in target{};
        target.sin_family = AF_INET;
        target.sin_port = htons(port);
        target.sin_addr.s_addr = htonl(address.toIPv4Address());
        if (::connect(m_socket, reinterpret_cast<sockaddr *>(&target), sizeof target) != 0) {
            ::close(m_socket);
            m_socket = -1;
            return;
        }
        const int noDelay = 1;
        ::setsockopt(m_socket, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);
    }
    ~HttpConnection()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    bool isConnected() const { return m_socket >= 0; }

    std::optional<Response> exchange(const QByteArray &request)
    {
        if (!writeAll(request))
            return std::nullopt;

        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!readMore())
                return std::nullopt;
        }
        Response response;
        response.headers = m_buffer.left(headerEnd);
        response.status = m_buffer.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
        const qsizetype length = response.header("Content-Length").toLongLong();
        const qsizetype total = headerEnd + 4 + length;
        while (m_buffer.size() < total) {
            if (!readMore())
                return std::nullopt;
        }
        response.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, total);
        return response;
    }

private:
    bool writeAll(const QByteArray &bytes)
    {
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::send(m_socket, bytes.constData() + written,
                                     size_t(bytes.size() - written), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            written += n;
        }
        return true;
    }

    bool readMore()
    {
        char chunk[16384];
        const ssize_t n = ::recv(m_socket, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }

    int m_socket = -1;
    QByteArray m_buffer;
};

QByteArray buildRequest(const QByteArray &method, const QByteArray &path, const QByteArray &host,
                        const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body = {})
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n" +
                         "User-Agent: bunq-session-studio-bench\r\nCache-Control: no-cache\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

QJsonArray responseItems(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object().value(u"Response"_s).toArray();
}

void fail(const QString &message)
{
    std::fprintf(stderr, "sandbox-load: %s\n", qPrintable(message));
}

// The session's token and keys, which the load phase needs.
struct Session
{
    QByteArray token;
    RsaKeyPair clientKey;
    RsaPublicKey serverKey;
};

// Creates a sandbox user, an installation, a device-server and a session, each checked for 200.
std::optional<Session> openSession(HttpConnection &connection, const QByteArray &host)
{
    const auto step = [&](const char *name, const QByteArray &request) -> std::optional<Response> {
        auto response = connection.exchange(request);
        if (!response || response->status != 200) {
            fail(u"%1 failed: HTTP %2 %3"_s.arg(QString::fromLatin1(name))
                     .arg(response ? response->status : 0)
                     .arg(QString::fromUtf8(response ? response->body.left(300) : QByteArray())));
            return std::nullopt;
        }
        return response;
    };
    const auto json = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };

    const auto user = step("POST sandbox-user-person",
                           buildRequest("POST", "/v1/sandbox-user-person", host, {}));
    if (!user)
        return std::nullopt;
    const QByteArray apiKey =
        responseItems(*user).at(0)[u"ApiKey"_s][u"api_key"_s].toString().toLatin1();

    auto key = RsaKeyPair::generate();
    if (!key)
        return std::nullopt;
    Session session;
    session.clientKey = key.value();

    const QByteArray installationBody =
        json({{u"client_public_key"_s, QString::fromLatin1(session.clientKey.publicKey().toPem())}});
    const auto installation =
        step("POST installation", buildRequest("POST", "/v1/installation", host,
                                               {{"Content-Type", "application/json"}},
                                               installationBody));
    if (!installation)
        return std::nullopt;
    const QJsonArray installationItems = responseItems(*installation);
    const QByteArray installationToken =
        installationItems.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    session.serverKey = RsaPublicKey::fromPem(installationItems.at(2)[u"ServerPublicKey"_s]
                                                                     [u"server_public_key"_s]
                                                  .toString()
                                                  .toLatin1())
                            .value();

    const auto signedPost = [&](const char *name, const QByteArray &path,
                                const QByteArray &body) {
        return step(name, buildRequest("POST", path, host,
                                       {{"Content-Type", "application/json"},
                                        {"X-Bunq-Client-Authentication", installationToken},
                                        {"X-Bunq-Client-Signature",
                                         session.clientKey.sign(body).value()}},
                                       body));
    };
    const QString secret = QString::fromLatin1(apiKey);
    if (!signedPost("POST device-server", "/v1/device-server",
                    json({{u"description"_s, u"sandbox-load"_s}, {u"secret"_s, secret}})))
        return std::nullopt;
    const auto opened =
        signedPost("POST session-server", "/v1/session-server", json({{u"secret"_s, secret}}));
    if (!opened)
        return std::nullopt;
    session.token = responseItems(*opened).at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    return session;
}

struct Counts
{
    std::atomic<qint64> signedOk{0};
    std::atomic<qint64> failures{0};
};

// Sends the request over and over on its own connection until the deadline.
void hammer(const QHostAddress &address, quint16 port, const QByteArray &request,
            std::chrono::steady_clock::time_point deadline, Counts &counts)
{
    HttpConnection connection(address, port);
    if (!connection.isConnected()) {
        ++counts.failures;
        return;
    }
    while (std::chrono::steady_clock::now() < deadline) {
        const auto response = connection.exchange(request);
        if (!response) {
            ++counts.failures;
            return;
        }
        if (response->status == 200 && !response->header("X-Bunq-Server-Signature").isEmpty())
            ++counts.signedOk;
        else
            ++counts.failures;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Opens one session on a local bunq sandbox, then measures signed GET /v1/user "
        u"responses per second. Start the sandbox with --no-rate-limits."_s);
    parser.addHelpOption();
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds to send requests (default 10)."_s,
                                     u"N"_s, u"10"_s);
    const QCommandLineOption connections(
        u"connections"_s, u"Keep-alive connections, one thread each (default 2)."_s, u"N"_s,
        u"2"_s);
    parser.addOptions({seconds, connections});
    parser.addPositionalArgument(u"url"_s, u"The sandbox's API root, e.g. http://127.0.0.1:41234/v1/"_s);
    parser.process(app);

    const QUrl url(parser.positionalArguments().value(0));
    const QHostAddress address(url.host());
    const int duration = parser.value(seconds).toInt();
    const int connectionCount = parser.value(connections).toInt();
    if (address.protocol() != QAbstractSocket::IPv4Protocol || !address.isLoopback() ||
        url.port() <= 0 || duration <= 0 || duration > 600 || connectionCount <= 0 ||
        connectionCount > 64) {
        fail(u"needs an http://127.x.y.z:PORT/v1/ URL, --seconds from 1 to 600 and "
             u"--connections from 1 to 64"_s);
        return 2;
    }
    const auto port = quint16(url.port());
    const QByteArray host = url.authority().toLatin1();

    HttpConnection setup(address, port);
    if (!setup.isConnected()) {
        fail(u"cannot connect to %1"_s.arg(url.toString()));
        return 1;
    }
    const auto session = openSession(setup, host);
    if (!session)
        return 1;

    // The SDKs sign GETs over zero bytes; the sandbox ignores that header here, as bunq does.
    const QByteArray request =
        buildRequest("GET", "/v1/user", host,
                     {{"X-Bunq-Client-Authentication", session->token},
                      {"X-Bunq-Client-Signature", session->clientKey.sign({}).value()}});
    const auto check = setup.exchange(request);
    if (!check || check->status != 200 ||
        !session->serverKey.verify(check->body, check->header("X-Bunq-Server-Signature"))) {
        fail(u"GET /v1/user did not return a correctly signed 200 response"_s);
        return 1;
    }

    Counts counts;
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::seconds(duration);
    std::vector<std::thread> threads;
    for (int i = 0; i < connectionCount; ++i)
        threads.emplace_back(hammer, address, port, request, deadline, std::ref(counts));
    for (std::thread &thread : threads)
        thread.join();
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::printf("responses %lld\nfailures %lld\nseconds %.3f\nresponses_per_second %.1f\n",
                static_cast<long long>(counts.signedOk.load()),
                static_cast<long long>(counts.failures.load()), elapsed,
                double(counts.signedOk.load()) / elapsed);
    return counts.failures.load() == 0 ? 0 : 1;
}
