// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliError.h"
#include "CliOptions.h"
#include "Output.h"
#include "common/Result.h"
#include "onboarding/OnboardingFlow.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace studio::cli {

// The inputs of a new session.
struct OpenSettings
{
    QByteArray apiKey;
    std::optional<crypto::RsaKeyPair> clientKey; // none: generate one
    QString deviceDescription;
    QStringList permittedIps; // empty: bunq binds the calling IP

    // Reads --private-key-file, --device-description, --permitted-ip and --wildcard. The API
    // key is left empty for the caller.
    static Result<OpenSettings, CliError> fromOptions(const QCommandLineParser &parser,
                                                      const CliOptions &options);
};

// A session that was just opened, with the duration of each step in milliseconds.
struct OpenedSession
{
    onboarding::SessionContext context;
    QJsonObject timingsMs; // key_pair (absent for a given key), installation, device_server,
                           // session_server, total
};

// Opens a session in the four steps the desktop wizard takes: key pair, installation,
// device-server and session-server, with one progress line per step.
class SessionOpener : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(Result<OpenedSession, CliError>)>;

    // client and output must outlive the opener.
    SessionOpener(api::ApiClient *client, const Output &output, QObject *parent);

    // Runs the steps and calls done once, from the event loop.
    void open(const OpenSettings &settings, DoneCallback done);

private:
    void startInstallation();
    void onStepFinished(const onboarding::StepOutcome &outcome);
    void reportStep(const onboarding::StepOutcome &outcome);
    void finishWith(Result<OpenedSession, CliError> result);

    onboarding::OnboardingFlow m_flow;
    const Output &m_output;
    DoneCallback m_done;
    QElapsedTimer m_total;
    QJsonObject m_timings;
};

} // namespace studio::cli
