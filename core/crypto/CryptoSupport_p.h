// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the crypto sources only. This header is not part of the module's interface,
// because it pulls in OpenSSL headers, which the public headers keep away from their users.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>
#include <optional>

namespace studio::crypto::detail {

struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct EvpPkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
};
struct EvpMdCtxDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

using UniqueEvpPkey = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using UniqueEvpPkeyCtx = std::unique_ptr<EVP_PKEY_CTX, EvpPkeyCtxDeleter>;
using UniqueEvpMdCtx = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;

// Takes ownership of key. The shared pointer frees it when its last copy is destroyed.
inline std::shared_ptr<EVP_PKEY> shareKey(UniqueEvpPkey key)
{
    return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
}

inline const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// Empties this thread's OpenSSL error queue, so that an error of one call never shows up in the
// message of a later one. Returns the first three distinct entries as one line, because OpenSSL
// 3.0 can queue the same error several times for one failed decode.
inline QString takeOpenSslErrors()
{
    constexpr qsizetype maxMessages = 3;

    QStringList messages;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        const QString message = QString::fromLatin1(text);
        if (messages.size() < maxMessages && !messages.contains(message))
            messages.append(message);
    }
    if (messages.isEmpty())
        return QStringLiteral("no OpenSSL error reported");
    return messages.join(QStringLiteral("; "));
}

// Decodes standard base64 and accepts only its canonical form: the RFC 4648 alphabet, '='
// padding to a multiple of four characters, zero unused bits, and no whitespace.
inline std::optional<QByteArray> decodeStrictBase64(const QByteArray &text)
{
    auto decoding = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoding.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;

    // Qt 6.4 accepts missing padding and non-zero unused bits, and encoding back exposes both.
    if (decoding.decoded.toBase64() != text)
        return std::nullopt;

    return std::move(decoding.decoded);
}

// The key type as OpenSSL names it ("RSA", "EC", "ED25519", ...), for error messages.
inline QString keyTypeName(const EVP_PKEY *key)
{
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

} // namespace studio::crypto::detail
