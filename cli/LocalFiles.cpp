// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::LocalFiles)
};

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

// API keys and private keys are a few hundred bytes; a far larger file is the wrong file.
constexpr qint64 maxKeyFileSize = 64 * 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<QByteArray, CliError> firstLineOf(const QByteArray &bytes, const QString &source)
{
    using R = Result<QByteArray, CliError>;
    const QByteArray line = bytes.left(bytes.indexOf('\n')).trimmed();
    if (line.isEmpty()) {
        //: %1 is a file name or "standard input".
        return R::failure(CliError::file(
            Text::tr("%1 contains no API key: its first line is empty.").arg(source)));
    }
    return R::success(line);
}

} // namespace

Result<QByteArray, CliError> readLocalFile(const QString &path)
{
    using R = Result<QByteArray, CliError>;
    QFile file;
    if (path == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return R::failure(CliError::file(
                Text::tr("Cannot read standard input: %1.").arg(file.errorString())));
        }
        return R::success(file.readAll());
    }

    file.setFileName(path);
    if (!file.exists()) {
        return R::failure(
            CliError::file(Text::tr("%1 does not exist. Check the file name.").arg(shown(path))));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
            CliError::file(Text::tr("Cannot read %1: %2.").arg(shown(path), file.errorString())));
    }
    return R::success(file.readAll());
}

Result<QByteArray, CliError> readApiKey(const QCommandLineParser &parser, const CliOptions &options,
                                        const Output &output)
{
    using R = Result<QByteArray, CliError>;
    const int sources = int(parser.isSet(options.apiKeyFile)) +
                        int(parser.isSet(options.apiKeyStdin)) + int(parser.isSet(options.apiKey));
    if (sources == 0) {
        return R::failure(CliError::usage(
            Text::tr("Give the API key with --api-key-file FILE or --api-key-stdin.")));
    }
    if (sources > 1) {
        return R::failure(CliError::usage(
            Text::tr("Give the API key one way only: --api-key-file, --api-key-stdin or "
                     "--api-key.")));
    }

    if (parser.isSet(options.apiKey)) {
        output.warning(Text::tr("--api-key puts the key in the process list, where other users "
                                "of this computer can read it. Prefer --api-key-file or "
                                "--api-key-stdin."));
        const QByteArray key = parser.value(options.apiKey).toUtf8().trimmed();
        if (key.isEmpty())
            return R::failure(CliError::usage(Text::tr("--api-key is empty.")));
        return R::success(key);
    }

    if (parser.isSet(options.apiKeyStdin)) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return R::failure(CliError::file(
                Text::tr("Cannot read standard input: %1.").arg(input.errorString())));
        }
        return firstLineOf(input.readLine(maxKeyFileSize), Text::tr("Standard input"));
    }

    const QString path = parser.value(options.apiKeyFile);
    if (QFileInfo(path).size() > maxKeyFileSize) {
        return R::failure(CliError::file(
            Text::tr("%1 is larger than an API key file can be. Check the file name.")
                .arg(shown(path))));
    }
    const auto bytes = readLocalFile(path);
    if (!bytes)
        return R::failure(bytes.error());
    return firstLineOf(bytes.value(), shown(path));
}

Result<crypto::RsaKeyPair, CliError> readPrivateKeyFile(const QString &path)
{
    using R = Result<crypto::RsaKeyPair, CliError>;
    if (QFileInfo(path).size() > maxKeyFileSize) {
        return R::failure(CliError::file(
            Text::tr("%1 is larger than a private key file can be. Check the file name.")
                .arg(shown(path))));
    }
    const auto bytes = readLocalFile(path);
    if (!bytes)
        return R::failure(bytes.error());

    const auto key = crypto::RsaKeyPair::fromPrivateKeyPem(bytes.value());
    if (!key) {
        return R::failure(CliError::file(
            Text::tr("%1 is not a readable RSA private key: %2. Give a PEM file that starts "
                     "with \"-----BEGIN PRIVATE KEY-----\".")
                .arg(shown(path), key.error())));
    }
    if (key.value().bits() != 2048) {
        return R::failure(CliError::file(
            Text::tr("%1 contains a %2-bit RSA key, but bunq expects 2048 bits. Generate one with "
                     "\"openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048\".")
                .arg(shown(path))
                .arg(key.value().bits())));
    }
    return R::success(key.value());
}

std::optional<CliError> checkOutputFile(const QString &path, bool force)
{
    const QFileInfo info(path);
    if (info.exists() && !force) {
        return CliError::file(Text::tr("%1 exists already. Pass --force to replace it, or choose "
                                       "another file.")
                                  .arg(shown(path)));
    }
    if (info.isDir()) {
        return CliError::file(
            Text::tr("%1 is a folder. Give a file name inside it.").arg(shown(path)));
    }

    // QSaveFile creates its temporary file in the target's folder, so opening one and
    // cancelling it tests exactly what the final write needs.
    QSaveFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        return CliError::file(Text::tr("Cannot write %1: %2. Check that the folder exists and "
                                       "is writable.")
                                  .arg(shown(path), probe.errorString()));
    }
    probe.cancelWriting();
    return std::nullopt;
}

std::optional<CliError> writeOwnerOnlyFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return CliError::file(Text::tr("Cannot write %1: %2. Check that the folder exists and "
                                       "is writable.")
                                  .arg(shown(path), file.errorString()));
    }

    // Restricted before the first byte, so the secret is never readable by others.
    if (!file.setPermissions(ownerOnly)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return CliError::file(
            Text::tr("Cannot restrict %1 to its owner: %2.").arg(shown(path), reason));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return CliError::file(Text::tr("Cannot write %1: %2. Any earlier file there is "
                                       "unchanged.")
                                  .arg(shown(path), file.errorString()));
    }
    return std::nullopt;
}

} // namespace studio::cli
