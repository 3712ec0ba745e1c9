// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextFileStorage.h"

#include "ConnectionOptions.h"
#include "LocalFiles.h"
#include "storage/ContextFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::cli {

const QString ContextFileStorage::localSandboxKey = u"local_sandbox_base_url"_s;

ContextFileStorage::ContextFileStorage(const QString &path, QObject *parent)
    : SessionStorage(parent)
    , m_path(path)
{}

QString ContextFileStorage::description() const
{
    return tr("context file %1").arg(QDir::toNativeSeparators(m_path));
}

QByteArray ContextFileStorage::serialise(const StoredSession &session)
{
    const QByteArray bytes = storage::writeContextFile(session.context, session.proxyUrl);
    if (session.context.environment.kind() != api::ApiEnvironment::Kind::LocalSandbox)
        return bytes;

    // Re-serialising keeps writeContextFile's layout: QJsonDocument sorts the keys and
    // indents with four spaces either way.
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    root.insert(localSandboxKey, session.context.environment.baseUrl().toString());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<StoredSession, CliError> ContextFileStorage::parse(const QByteArray &bytes,
                                                          const QString &fileName)
{
    using R = Result<StoredSession, CliError>;
    const auto imported = storage::readContextFile(bytes, fileName);
    if (!imported)
        return R::failure(CliError::file(imported.error().message));

    StoredSession session;
    session.context = imported.value().context;
    session.expiry = imported.value().untrustedExpiry;
    session.expiryFromServer = false;
    session.proxyUrl = imported.value().proxyUrl;
    session.findings = imported.value().findings;

    const QJsonValue localUrl = QJsonDocument::fromJson(bytes).object().value(localSandboxKey);
    if (!localUrl.isUndefined()) {
        const auto baseUrl = parseBaseUrl(localUrl.toString());
        if (!baseUrl) {
            return R::failure(
                CliError::file(tr("%1 in %2 is not a local sandbox URL: %3")
                                   .arg(localSandboxKey, fileName, baseUrl.error().message)));
        }
        session.context.environment = api::ApiEnvironment::localSandbox(baseUrl.value());
    }
    return R::success(session);
}

void ContextFileStorage::loadStored(LoadCallback done)
{
    const auto bytes = readLocalFile(m_path);
    const auto result = bytes ? parse(bytes.value(), QDir::toNativeSeparators(m_path))
                              : Result<StoredSession, CliError>::failure(bytes.error());
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void ContextFileStorage::save(const StoredSession &session, SaveCallback done)
{
    const auto problem = writeOwnerOnlyFile(m_path, serialise(session));
    QTimer::singleShot(0, this, [done, problem] { done(problem); });
}

std::optional<CliError> ContextFileStorage::checkNewDestination(bool force) const
{
    return checkOutputFile(m_path, force);
}

} // namespace studio::cli
