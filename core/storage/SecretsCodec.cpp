// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SecretsCodec_p.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::storage {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::storage::SecretStore)
};

const QByteArray entryMagic = "BSSKEY"_ba;
const QByteArray mapMagic = "BSSMAP"_ba;
constexpr quint16 layoutVersion = 1;
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_0;

// Far above the secrets of any number of profiles anyone keeps; it stops a damaged count from
// allocating without bound.
constexpr quint32 maximumProfiles = 100000;

void writeHeader(QDataStream &stream, const QByteArray &magic)
{
    stream.writeRawData(magic.constData(), int(magic.size()));
    stream << layoutVersion;
}

std::optional<QString> readHeader(QDataStream &stream, const QByteArray &magic)
{
    QByteArray found(magic.size(), '\0');
    quint16 version = 0;
    if (stream.readRawData(found.data(), int(found.size())) != found.size() || found != magic)
        return Text::tr("The stored secrets are not in a layout this app wrote.");

    stream >> version;
    if (version != layoutVersion) {
        return Text::tr("The stored secrets have layout version %1, but this version of the app "
                        "reads version %2. Update the app.")
            .arg(version)
            .arg(layoutVersion);
    }
    return std::nullopt;
}

void writeFields(QDataStream &stream, const ProfileSecrets &secrets)
{
    stream << secrets.apiKey << secrets.privateKeyPem << secrets.installationToken
           << secrets.sessionToken;
}

void readFields(QDataStream &stream, ProfileSecrets &secrets)
{
    stream >> secrets.apiKey >> secrets.privateKeyPem >> secrets.installationToken
        >> secrets.sessionToken;
}

QString truncatedMessage()
{
    return Text::tr("The stored secrets are truncated or damaged.");
}

} // namespace

QByteArray encodeSecrets(const ProfileSecrets &secrets)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(streamVersion);
    writeHeader(stream, entryMagic);
    writeFields(stream, secrets);
    return bytes;
}

Result<ProfileSecrets, QString> decodeSecrets(const QByteArray &bytes)
{
    using R = Result<ProfileSecrets, QString>;
    QDataStream stream(bytes);
    stream.setVersion(streamVersion);
    if (const auto problem = readHeader(stream, entryMagic))
        return R::failure(*problem);

    ProfileSecrets secrets;
    readFields(stream, secrets);
    if (stream.status() != QDataStream::Ok || !stream.atEnd()) {
        secrets.wipe();
        return R::failure(truncatedMessage());
    }
    return R::success(secrets);
}

QByteArray encodeSecretMap(const QMap<QString, ProfileSecrets> &secrets)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(streamVersion);
    writeHeader(stream, mapMagic);
    stream << quint32(secrets.size());
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        stream << it.key();
        writeFields(stream, it.value());
    }
    return bytes;
}

Result<QMap<QString, ProfileSecrets>, QString> decodeSecretMap(const QByteArray &bytes)
{
    using R = Result<QMap<QString, ProfileSecrets>, QString>;
    QDataStream stream(bytes);
    stream.setVersion(streamVersion);
    if (const auto problem = readHeader(stream, mapMagic))
        return R::failure(*problem);

    quint32 count = 0;
    stream >> count;
    if (count > maximumProfiles)
        return R::failure(truncatedMessage());

    QMap<QString, ProfileSecrets> secrets;
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString id;
        ProfileSecrets entry;
        stream >> id;
        readFields(stream, entry);
        secrets.insert(id, std::move(entry));
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd()) {
        wipe(secrets);
        return R::failure(truncatedMessage());
    }
    return R::success(secrets);
}

void wipe(QByteArray &bytes)
{
    // Detaching first puts the zeros into this array's own buffer, never into one that another
    // QByteArray still shares. Copies made before stay as they are.
    bytes.detach();
    std::fill(bytes.begin(), bytes.end(), '\0');
    bytes.clear();
}

void wipe(QMap<QString, ProfileSecrets> &secrets)
{
    for (ProfileSecrets &entry : secrets)
        entry.wipe();
    secrets.clear();
}

} // namespace studio::storage
