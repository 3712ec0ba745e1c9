// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace studio::crypto {

// An RSA public key. Copies share one immutable OpenSSL key object.
class RsaPublicKey
{
public:
    RsaPublicKey() = default;

    // Parses a SubjectPublicKeyInfo PEM ("BEGIN PUBLIC KEY"). LF or CRLF line endings, a missing
    // trailing newline and base64 on one unwrapped line are all accepted. The error names what
    // is wrong with the text.
    static Result<RsaPublicKey, QString> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    int bits() const;

    // SPKI PEM with 64-character lines, LF line endings and a trailing LF.
    QByteArray toPem() const;
    // DER-encoded SubjectPublicKeyInfo.
    QByteArray toDer() const;
    // SHA-256 over the DER SubjectPublicKeyInfo, as 64 lower-case hex digits. This is what
    // `openssl pkey -pubin -outform DER | openssl dgst -sha256` prints.
    QByteArray sha256Fingerprint() const;

    // Verifies an RSASSA-PKCS1-v1_5 SHA-256 signature, given in standard base64, over data.
    // Returns false for a wrong signature and for text that is not valid base64.
    bool verify(const QByteArray &data, const QByteArray &signatureBase64) const;

    // Wraps an OpenSSL key; used by RsaKeyPair. Takes a reference of its own.
    static RsaPublicKey fromEvpKey(EVP_PKEY *key);
    EVP_PKEY *evpKey() const { return m_key.get(); }

    friend bool operator==(const RsaPublicKey &a, const RsaPublicKey &b)
    {
        return a.toDer() == b.toDer();
    }

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// Formats a hex fingerprint for people: upper case, pairs separated by colons.
QString formatFingerprint(const QByteArray &hexFingerprint);

} // namespace studio::crypto
