// SPDX-License-Identifier: GPL-3.0-or-later
// response-view: loads a large JSON response into the exchange view and measures how long it
// takes until the formatted text, the tree and the raw text are ready, and the longest stall of
// the event loop meanwhile. A timer that should fire every 5 ms measures the stall: the largest
// gap between two of its ticks. That gap also grows when the operating system runs other
// processes instead, so the program reports the longest single event handled on the UI thread
// as well. Used by bench/response-view.sh, which compares the load time with `jq .` on the same
// file.
//
//   response-view --write-sample FILE [--size-mb N]   writes a bunq-like payment list
//   response-view [--runs N] FILE                      loads FILE N times and prints figures
//
// Exits with 1 when a stall reaches 100 ms, with 2 on bad arguments or unreadable files.

#include "widgets/BodyView.h"
#include "widgets/ExchangePanes.h"
#include "widgets/ExchangeView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace studio;

namespace {

constexpr int tickIntervalMs = 5;
constexpr qint64 maxAllowedStallMs = 100;
// After the load, the stall is measured a little longer, so the first paint of the loaded
// pages counts too.
constexpr int settleMs = 300;
constexpr int loadTimeoutMs = 10 * 60 * 1000;

// One payment as bunq lists them, with the nested aliases, avatars and amounts that make
// bunq's payment lists deep and wide. Values vary with the id, as in a real account.
QByteArray samplePayment(int id)
{
    const QByteArray number = QByteArray::number(id);
    const QByteArray cents = QByteArray::number(id % 100).rightJustified(2, '0');
    const QByteArray uuid = "5d2f6c3e-8a1b-4c7d-9e0f-" + number.rightJustified(12, '0');
    const QByteArray time = "2024-05-" + QByteArray::number(1 + id % 28).rightJustified(2, '0')
        + " 1" + QByteArray::number(id % 10) + ":12:34.123456";
    const QByteArray avatar = R"("avatar":{"uuid":")" + uuid
        + R"(","anchor_uuid":null,"image":[{"attachment_public_uuid":")" + uuid
        + R"(","height":640,"width":640,"content_type":"image\/png","urls":[]}],"style":"NONE"})";

    return R"({"Payment":{"id":)" + number + R"(,"created":")" + time + R"(","updated":")" + time
        + R"(","monetary_account_id":7,"amount":{"currency":"EUR","value":"-)"
        + QByteArray::number(id % 250) + '.' + cents + R"("},"description":"Payment )" + number
        + R"( for groceries \u00e9 \/ order )" + number
        + R"(","type":"BUNQ","merchant_reference":null,"alias":{"iban":"NL12BUNQ0123456789",)"
          R"("is_light":false,"display_name":"Alice Example","country":"NL",)"
        + avatar
        + R"(,"label_user":{"uuid":"4b1d2c3e-5f6a-4b7c-8d9e-0f1a2b3c4d5e","display_name":"Alice Example",)"
          R"("country":"NL","public_nick_name":"Alice"}},"counterparty_alias":{"iban":"NL98BUNQ98765)"
        + number.rightJustified(5, '0')
        + R"(","is_light":false,"display_name":"Shop )" + number
        + R"( B.V.","country":"NL",)" + avatar
        + R"(,"label_user":{"uuid":null,"display_name":"Shop B.V.","country":"NL","public_nick_name":"Shop"}},)"
          R"("attachment":[],"geolocation":{"latitude":52.3)"
        + number.right(3) + R"(,"longitude":4.8)" + number.right(3)
        + R"(,"altitude":0,"radius":0},"batch_id":null,"scheduled_id":null,"address_billing":null,)"
          R"("address_shipping":null,"sub_type":"PAYMENT","request_reference_split_the_bill":[],)"
          R"("balance_after_mutation":{"currency":"EUR","value":")"
        + QByteArray::number(10000 - id % 5000) + '.' + cents + R"("}}})";
}

QByteArray samplePaymentList(qsizetype minimumSize)
{
    QByteArray body = R"({"Response":[)";
    body.reserve(minimumSize + 4096);
    for (int id = 1; body.size() < minimumSize; ++id) {
        if (id > 1)
            body += ',';
        body += samplePayment(id);
    }
    body += R"(],"Pagination":{"future_url":null,"newer_url":null,)"
            R"("older_url":"\/v1\/user\/42\/monetary-account\/7\/payment?count=200&older_id=1"}})";
    return body;
}

api::ApiResult resultWithBody(const QByteArray &body)
{
    api::ApiResult result;
    api::ApiExchange &exchange = result.exchange;
    exchange.method = "GET"_ba;
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/user/42/monetary-account/7/payment"_s);
    exchange.status = 200;
    exchange.reasonPhrase = "OK"_ba;
    exchange.responseHeaders = {{"Content-Type"_ba, "application/json"_ba},
                                {"X-Bunq-Server-Signature"_ba, "c2VydmVy"_ba}};
    exchange.responseBody = body;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.serverSignature = api::SignatureVerdict::Valid;
    return result;
}

// Ticks every 5 ms and keeps the largest gap between two ticks.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_maxGapMs = 0;
        m_clock.start();
        m_lastTickNs = 0;
        m_timer.start();
    }

    // Ends the measurement. The time since the last tick counts as a gap too.
    qint64 stop()
    {
        tick();
        m_timer.stop();
        return m_maxGapMs;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapMs = std::max(m_maxGapMs, (now - m_lastTickNs) / 1000000);
        m_lastTickNs = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxGapMs = 0;
};

// Times every event that the UI thread handles while enabled, and keeps the longest. Events
// delivered from inside another event's handling count as part of the outer one.
class EventTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void startTiming()
    {
        m_longestEventNs = 0;
        m_longestEvent.clear();
        m_timing = true;
    }

    void stopTiming() { m_timing = false; }
    qint64 longestEventMs() const { return m_longestEventNs / 1000000; }
    QString longestEvent() const { return m_longestEvent; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);

        const int type = event->type();
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 elapsed = clock.nsecsElapsed();
        if (elapsed > m_longestEventNs) {
            m_longestEventNs = elapsed;
            m_longestEvent = u"%1 to %2"_s.arg(
                QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)),
                QString::fromLatin1(receiver->metaObject()->className()));
        }
        return handled;
    }

private:
    bool m_timing = false;
    int m_depth = 0;
    qint64 m_longestEventNs = 0;
    QString m_longestEvent;
};

struct RunFigures
{
    qint64 loadMs = 0;
    qint64 maxStallMs = 0;
    qint64 longestEventMs = 0;
    QString longestEvent;
};

// Shows the body in the view's Response tab and waits, in the event loop, until it is loaded
// and settled.
std::optional<RunFigures> measureOneLoad(EventTimingApplication &app, ui::ExchangeView &view,
                                         const api::ApiResult &result)
{
    RunFigures figures;
    QEventLoop loop;
    QElapsedTimer clock;
    StallMeter stalls;
    bool loaded = false;

    const QMetaObject::Connection onLoaded =
        QObject::connect(&view, &ui::ExchangeView::bodyLoaded, &loop, [&] {
            figures.loadMs = clock.elapsed();
            loaded = true;
            QTimer::singleShot(settleMs, &loop, &QEventLoop::quit);
        });
    QTimer::singleShot(loadTimeoutMs, &loop, &QEventLoop::quit);

    // setResult() runs inside the event loop, so the time it blocks counts as a stall.
    app.startTiming();
    stalls.start();
    QTimer::singleShot(0, &view, [&] {
        clock.start();
        view.setResult(result);
    });
    loop.exec();
    figures.maxStallMs = stalls.stop();
    app.stopTiming();
    figures.longestEventMs = app.longestEventMs();
    figures.longestEvent = app.longestEvent();
    QObject::disconnect(onLoaded);

    if (!loaded)
        return std::nullopt;
    return figures;
}

int writeSample(const QString &path, int sizeMb)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 2;
    }
    file.write(samplePaymentList(qsizetype(sizeMb) * 1024 * 1024));
    if (!file.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 2;
    }
    return 0;
}

int measure(EventTimingApplication &app, const QString &path, int runs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 2;
    }
    const api::ApiResult result = resultWithBody(file.readAll());

    ui::ExchangeView view;
    view.resize(1000, 720);
    view.show();
    view.showResponseTab();

    QList<qint64> loadTimes;
    qint64 maxStallMs = 0;
    qint64 longestEventMs = 0;
    for (int run = 0; run < runs; ++run) {
        // An empty exchange in between, so every run loads the body from scratch.
        view.clear();
        const std::optional<RunFigures> figures = measureOneLoad(app, view, result);
        if (!figures) {
            std::fprintf(stderr, "the body did not finish loading within %d s\n",
                         loadTimeoutMs / 1000);
            return 2;
        }
        std::printf("run %d: load %lld ms, max stall %lld ms, longest event %lld ms (%s)\n",
                    run + 1, static_cast<long long>(figures->loadMs),
                    static_cast<long long>(figures->maxStallMs),
                    static_cast<long long>(figures->longestEventMs),
                    qPrintable(figures->longestEvent));
        loadTimes += figures->loadMs;
        maxStallMs = std::max(maxStallMs, figures->maxStallMs);
        longestEventMs = std::max(longestEventMs, figures->longestEventMs);
    }

    const auto *body = view.responsePane()->bodyView();
    std::sort(loadTimes.begin(), loadTimes.end());
    std::printf("body_bytes=%lld\n", static_cast<long long>(result.exchange.responseBody.size()));
    std::printf("formatted_lines=%lld\n",
                static_cast<long long>(body->preparedBody()->formatted->lineCount()));
    std::printf("tree_nodes=%d\n", body->preparedBody()->tree ? body->preparedBody()->tree->nodeCount() : 0);
    std::printf("median_load_ms=%lld\n", static_cast<long long>(loadTimes.at(loadTimes.size() / 2)));
    std::printf("max_stall_ms=%lld\n", static_cast<long long>(maxStallMs));
    std::printf("longest_event_ms=%lld\n", static_cast<long long>(longestEventMs));
    return maxStallMs >= maxAllowedStallMs ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless the caller chose a platform, so the benchmark runs without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    EventTimingApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loads a JSON response into the exchange view and reports the load time and the "
        "longest event-loop stall."_s);
    parser.addHelpOption();
    const QCommandLineOption writeOption(u"write-sample"_s,
                                         u"Write a bunq-like payment list to <file> and exit."_s,
                                         u"file"_s);
    const QCommandLineOption sizeOption(u"size-mb"_s,
                                        u"Size of the sample in MiB (default 10)."_s,
                                        u"n"_s, u"10"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Number of loads (default 3)."_s, u"n"_s,
                                        u"3"_s);
    parser.addOptions({writeOption, sizeOption, runsOption});
    parser.addPositionalArgument(u"file"_s, u"The JSON body to load."_s);
    parser.process(app);

    bool validNumber = false;
    if (parser.isSet(writeOption)) {
        const int sizeMb = parser.value(sizeOption).toInt(&validNumber);
        if (!validNumber || sizeMb < 1) {
            std::fprintf(stderr, "--size-mb must be a whole number of at least 1\n");
            return 2;
        }
        return writeSample(parser.value(writeOption), sizeMb);
    }

    const int runs = parser.value(runsOption).toInt(&validNumber);
    if (!validNumber || runs < 1) {
        std::fprintf(stderr, "--runs must be a whole number of at least 1\n");
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "give one JSON file to load; --help lists the options\n");
        return 2;
    }
    return measure(app, parser.positionalArguments().constFirst(), runs);
}
