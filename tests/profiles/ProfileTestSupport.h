// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "onboarding/SessionContext.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QWidget;

namespace studio::testsupport {

// Key generation and each call to the local sandbox usually finish within a second. The margin
// covers slow, shared CI machines.
constexpr int StepTimeoutMs = 20000;

// Runs sandbox user, installation, device-server and session-server against the local sandbox
// at baseUrl, as the wizard does, and returns the context. Waits on signals, so tests only.
Result<onboarding::SessionContext, QString> onboardDirectly(QNetworkAccessManager *network,
                                                           const QUrl &baseUrl);

// A context file laid out as bunq's Python SDK writes it: sorted keys, 4-space indent, PEMs
// without a trailing newline, user_person, expiry_time in local time.
QByteArray pythonContextFile(const onboarding::SessionContext &context);

// Sends DELETE /v1/session/0 with the context's session token and returns the HTTP status.
int endSessionDirectly(QNetworkAccessManager *network, const onboarding::SessionContext &context);

// Saves a PNG of widget as <name>.png in STUDIO_SCREENSHOT_DIR; does nothing without it.
// Returns false when the file could not be written.
bool saveScreenshot(QWidget *widget, const QString &name);

} // namespace studio::testsupport
