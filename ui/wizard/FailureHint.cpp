// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FailureHint.h"

#include "diagnostics/ErrorExplainer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

struct FailureHint
{
    Q_DECLARE_TR_FUNCTIONS(FailureHint)
};

} // namespace

QString failureHint(onboarding::OnboardingStep step, const api::ApiError &error,
                    const api::ApiExchange &exchange)
{
    // The flow words a step that cannot start yet itself, naming the missing step.
    if (error.kind == api::ApiError::Kind::Usage && !error.detail.isEmpty())
        return error.detail;

    const QString id = diagnostics::explainError(error, exchange).id;
    if (id.startsWith(u"wrong-environment"_s)) {
        return FailureHint::tr("Go back to the first page to choose the key's environment, or "
                               "to the API key page for a key of this environment, then run "
                               "the steps again.");
    }
    if (id == u"api-key-rejected"_s || id == u"revoked-key"_s) {
        return FailureHint::tr("Go back to the API key page and enter or create another key; "
                               "the device and session steps then run again with it.");
    }
    if (id == u"ip-not-permitted"_s && step == onboarding::OnboardingStep::SessionServer) {
        return FailureHint::tr("A registered device keeps its IP choice. To register a new one, "
                               "change the device description on the first page, then choose "
                               "other permitted IPs on the device page.");
    }
    if (id == u"session-expired"_s) {
        // Before a session exists, this text means the installation token is unknown, as after
        // a sandbox reset.
        return FailureHint::tr("The installation is no longer known. Generate a new key pair "
                               "on the key pair page to start a fresh installation.");
    }
    return FailureHint::tr("The box below explains the error and what to do. Once the cause is "
                           "fixed, Retry repeats only this call.");
}

} // namespace studio::ui
