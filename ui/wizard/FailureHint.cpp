// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FailureHint.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

struct FailureHint
{
    Q_DECLARE_TR_FUNCTIONS(FailureHint)

public:
    static QString forHttp(onboarding::OnboardingStep step, const api::ApiError &error);
};

QString FailureHint::forHttp(onboarding::OnboardingStep step, const api::ApiError &error)
{
    using onboarding::OnboardingStep;

    // bunq returns 400 for many problems, and only its credentials text points at the key or IP.
    const int status = error.httpStatus;
    const bool usesApiKey =
        step == OnboardingStep::DeviceServer || step == OnboardingStep::SessionServer;
    const bool credentialsRejected = error.descriptions.contains(
        u"User credentials are incorrect. Incorrect API key or IP address."_s);
    if (status == 400 && usesApiKey && credentialsRejected) {
        return tr("bunq rejected the API key or the IP address this call came from. Check that "
                  "the key belongs to the chosen environment (sandbox keys start with "
                  "\"sandbox_\"), fix it on the API key page, then retry.");
    }
    if (status == 401 || status == 403) {
        return tr("The server did not accept the authentication token. Generate a new key pair "
                  "on the key pair page to start a fresh installation.");
    }
    if (status == 466) {
        return tr("The server requires a signed request for this call. Check the Signing tab "
                  "of the exchange below.");
    }
    if (status >= 500 || status == 491) {
        return tr("The server failed or is in maintenance. Wait a moment, then retry.");
    }
    return tr("The server rejected the request; its message above says why. Fix the cause, "
              "then retry.");
}

} // namespace

QString explainFailure(onboarding::OnboardingStep step, const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;

    switch (error.kind) {
    case Kind::Network:
        return FailureHint::tr("The server could not be reached. For the local sandbox, restart "
                               "the app; for bunq's servers, check the network connection. "
                               "Then retry.");
    case Kind::Timeout:
        return FailureHint::tr("The server did not answer in time. Check the network "
                               "connection, then retry.");
    case Kind::Tls:
        return FailureHint::tr("The secure connection failed, so nothing was sent. Check the "
                               "system clock and any proxy that intercepts HTTPS, then retry.");
    case Kind::Http:
        return FailureHint::forHttp(step, error);
    case Kind::Envelope:
        return FailureHint::tr("The server answered, but not with a bunq response, so nothing "
                               "was taken from it. Check that the environment points at a bunq "
                               "API.");
    case Kind::Signature:
        return FailureHint::tr("The response's server signature is missing or invalid, so the "
                               "response was not trusted. Retry; if it happens again, something "
                               "between this app and the server changes the responses.");
    case Kind::RateLimit:
        return FailureHint::tr("Too many calls to this endpoint. Wait a few seconds, then "
                               "retry.");
    case Kind::Usage:
        return error.detail.isEmpty()
                   ? FailureHint::tr("A step before this one has not finished. Go back and "
                                     "complete it, then retry.")
                   : error.detail;
    }
    return {};
}

} // namespace studio::ui
