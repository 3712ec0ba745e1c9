// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiExchange.h"
#include "onboarding/OnboardingFlow.h"

#include <QString>

namespace studio::ui {

// Returns where in the wizard the cause of a failed step can be fixed. The exchange view's error
// box explains the error itself, from the error explainer's table. This hint adds only what is
// particular to the wizard, such as the page to go back to.
QString failureHint(onboarding::OnboardingStep step, const api::ApiError &error,
                    const api::ApiExchange &exchange);

} // namespace studio::ui
