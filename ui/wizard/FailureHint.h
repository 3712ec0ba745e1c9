// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "onboarding/OnboardingFlow.h"

#include <QString>

namespace studio::ui {

// A plain explanation of why a step failed and what to do next, shown under bunq's own text.
QString explainFailure(onboarding::OnboardingStep step, const api::ApiError &error);

} // namespace studio::ui
