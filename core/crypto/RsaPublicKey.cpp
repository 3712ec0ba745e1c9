// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/RsaPublicKey.h"

#include "crypto/CryptoSupport_p.h"
#include "crypto/Pem.h"

#include <QCryptographicHash>

#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace studio::crypto {

namespace {

using PublicKeyResult = Result<RsaPublicKey, QString>;

constexpr QByteArrayView kSpkiLabel = "PUBLIC KEY";
constexpr QByteArrayView kPkcs1PublicLabel = "RSA PUBLIC KEY";

Result<PemBlock, QString> decodeSpkiBlock(const QByteArray &pem)
{
    using BlockResult = Result<PemBlock, QString>;

    if (!pem.contains("-----BEGIN "))
        return BlockResult::failure(
            u"No PEM block found: expected a line '-----BEGIN PUBLIC KEY-----'."_s);

    auto block = decodePem(pem);
    if (!block)
        return block;

    if (block.value().label == kPkcs1PublicLabel)
        return BlockResult::failure(
            u"The key is a PKCS#1 'RSA PUBLIC KEY', which is not accepted: expected a "
            "SubjectPublicKeyInfo key ('-----BEGIN PUBLIC KEY-----'). Convert it with "
            "'openssl rsa -RSAPublicKey_in -in key.pem -pubout'."_s);
    if (block.value().label != kSpkiLabel)
        return BlockResult::failure(
            u"The PEM block is labelled '%1', but a public key ('-----BEGIN PUBLIC KEY-----') is "
            "expected."_s.arg(QString::fromLatin1(block.value().label)));

    return block;
}

} // namespace

Result<RsaPublicKey, QString> RsaPublicKey::fromPem(const QByteArray &pem)
{
    auto block = decodeSpkiBlock(pem);
    if (!block)
        return PublicKeyResult::failure(block.error());
    const QByteArray &der = block.value().der;

    const unsigned char *cursor = detail::bytesOf(der);
    detail::UniqueEvpPkey key(d2i_PUBKEY(nullptr, &cursor, der.size()));
    if (!key)
        return PublicKeyResult::failure(
            u"The PUBLIC KEY block does not contain a valid SubjectPublicKeyInfo (%1)."_s.arg(
                detail::takeOpenSslErrors()));
    if (cursor != detail::bytesOf(der) + der.size())
        return PublicKeyResult::failure(
            u"The PUBLIC KEY block has %1 unexpected bytes after the SubjectPublicKeyInfo."_s.arg(
                der.size() - (cursor - detail::bytesOf(der))));

    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return PublicKeyResult::failure(
            u"The public key type is %1, but an RSA key is required."_s.arg(
                detail::keyTypeName(key.get())));

    RsaPublicKey result;
    result.m_key = detail::shareKey(std::move(key));
    return PublicKeyResult::success(std::move(result));
}

int RsaPublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray RsaPublicKey::toPem() const
{
    if (!m_key)
        return {};
    return encodePem(kSpkiLabel.toByteArray(), toDer());
}

QByteArray RsaPublicKey::toDer() const
{
    if (!m_key)
        return {};

    const int size = i2d_PUBKEY(m_key.get(), nullptr);
    if (size <= 0) {
        detail::takeOpenSslErrors();
        return {};
    }

    QByteArray der(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(m_key.get(), &cursor) != size) {
        detail::takeOpenSslErrors();
        return {};
    }
    return der;
}

QByteArray RsaPublicKey::sha256Fingerprint() const
{
    if (!m_key)
        return {};
    return QCryptographicHash::hash(toDer(), QCryptographicHash::Sha256).toHex();
}

bool RsaPublicKey::verify(const QByteArray &data, const QByteArray &signatureBase64) const
{
    if (!m_key || signatureBase64.isEmpty())
        return false;

    const auto signature = detail::decodeStrictBase64(signatureBase64);
    if (!signature || signature->size() != EVP_PKEY_get_size(m_key.get()))
        return false;

    const detail::UniqueEvpMdCtx context(EVP_MD_CTX_new());
    // A null padding setting leaves OpenSSL's RSA default, PKCS#1 v1.5.
    const bool verified =
        context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestVerify(context.get(), detail::bytesOf(*signature), signature->size(),
                         detail::bytesOf(data), data.size()) == 1;

    // A wrong signature leaves entries in the error queue, and they must not reach the next caller.
    ERR_clear_error();
    return verified;
}

RsaPublicKey RsaPublicKey::fromEvpKey(EVP_PKEY *key)
{
    RsaPublicKey result;
    if (!key)
        return result;

    EVP_PKEY_up_ref(key);
    result.m_key = detail::shareKey(detail::UniqueEvpPkey(key));
    return result;
}

QString formatFingerprint(const QByteArray &hexFingerprint)
{
    const QString hex = QString::fromLatin1(hexFingerprint).toUpper();

    QStringList pairs;
    pairs.reserve((hex.size() + 1) / 2);
    for (qsizetype at = 0; at < hex.size(); at += 2)
        pairs.append(hex.mid(at, 2));
    return pairs.join(u':');
}

} // namespace studio::crypto
