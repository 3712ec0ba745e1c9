// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "crypto/RsaPublicKey.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace studio::crypto {

// An RSA private key with its public half. Copies share one immutable OpenSSL key object.
class RsaKeyPair
{
public:
    RsaKeyPair() = default;

    // Generates a new key; bunq expects 2048 bits. Takes about 50-500 ms, so never call it on the
    // UI thread: use KeyGenerator instead.
    static Result<RsaKeyPair, QString> generate(int bits = 2048);

    // Parses a PKCS#8 PEM ("BEGIN PRIVATE KEY"); a PKCS#1 "BEGIN RSA PRIVATE KEY" is accepted too.
    // LF or CRLF, a missing trailing newline and unwrapped base64 are accepted.
    static Result<RsaKeyPair, QString> fromPrivateKeyPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    int bits() const;

    RsaPublicKey publicKey() const;
    // Unencrypted PKCS#8 PEM with 64-character lines, LF line endings and a trailing LF.
    QByteArray privateKeyPem() const;

    // Signs data with RSASSA-PKCS1-v1_5 and SHA-256 and returns the signature in standard base64
    // with padding and no line breaks, the form of X-Bunq-Client-Signature.
    Result<QByteArray, QString> sign(const QByteArray &data) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace studio::crypto
