// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/RsaKeyPair.h"

#include "crypto/CryptoSupport_p.h"
#include "crypto/Pem.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace studio::crypto {

Q_LOGGING_CATEGORY(lcCrypto, "studio.core.crypto")

namespace {

using KeyPairResult = Result<RsaKeyPair, QString>;
using KeyResult = Result<std::shared_ptr<EVP_PKEY>, QString>;

constexpr int kMinimumBits = 2048;
// OPENSSL_RSA_MAX_MODULUS_BITS in OpenSSL 3.0. A key this large takes minutes to generate.
constexpr int kMaximumBits = 16384;

constexpr QByteArrayView kPkcs8Label = "PRIVATE KEY";
constexpr QByteArrayView kPkcs1Label = "RSA PRIVATE KEY";
constexpr QByteArrayView kEncryptedPkcs8Label = "ENCRYPTED PRIVATE KEY";

struct Pkcs8InfoDeleter
{
    void operator()(PKCS8_PRIV_KEY_INFO *info) const { PKCS8_PRIV_KEY_INFO_free(info); }
};
using UniquePkcs8Info = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8InfoDeleter>;

Result<PemBlock, QString> decodePrivateKeyBlock(const QByteArray &pem)
{
    using BlockResult = Result<PemBlock, QString>;

    if (!pem.contains("-----BEGIN "))
        return BlockResult::failure(
            u"No PEM block found: expected a line '-----BEGIN PRIVATE KEY-----'."_s);

    auto block = decodePem(pem);
    if (!block)
        return block;

    const QByteArray &label = block.value().label;
    if (label == kEncryptedPkcs8Label)
        return BlockResult::failure(
            u"The private key is protected by a passphrase ('BEGIN ENCRYPTED PRIVATE KEY'), and "
            "passphrase-protected keys are not supported here. Remove the passphrase with "
            "'openssl pkey -in key.pem -out unencrypted.pem' and load that file."_s);
    if (label != kPkcs8Label && label != kPkcs1Label)
        return BlockResult::failure(
            u"The PEM block is labelled '%1', but a private key ('-----BEGIN PRIVATE KEY-----' or "
            "'-----BEGIN RSA PRIVATE KEY-----') is expected."_s.arg(QString::fromLatin1(label)));

    return block;
}

QString trailingBytesError(const QByteArray &der, const unsigned char *cursor)
{
    const qsizetype unread = der.size() - (cursor - detail::bytesOf(der));
    return u"The private key block has %1 unexpected bytes after the key."_s.arg(unread);
}

KeyResult parsePkcs8(const QByteArray &der)
{
    const unsigned char *cursor = detail::bytesOf(der);
    const UniquePkcs8Info info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, der.size()));
    if (!info)
        return KeyResult::failure(
            u"The PRIVATE KEY block does not contain a valid PKCS#8 private key (%1)."_s.arg(
                detail::takeOpenSslErrors()));
    if (cursor != detail::bytesOf(der) + der.size())
        return KeyResult::failure(trailingBytesError(der, cursor));

    detail::UniqueEvpPkey key(EVP_PKCS82PKEY(info.get()));
    if (!key)
        return KeyResult::failure(
            u"The PKCS#8 private key cannot be read (%1)."_s.arg(detail::takeOpenSslErrors()));
    return KeyResult::success(detail::shareKey(std::move(key)));
}

KeyResult parsePkcs1(const QByteArray &der)
{
    const unsigned char *cursor = detail::bytesOf(der);
    detail::UniqueEvpPkey key(d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &cursor, der.size()));
    if (!key)
        return KeyResult::failure(
            u"The RSA PRIVATE KEY block does not contain a valid PKCS#1 RSA private key (%1)."_s
                .arg(detail::takeOpenSslErrors()));
    if (cursor != detail::bytesOf(der) + der.size())
        return KeyResult::failure(trailingBytesError(der, cursor));

    return KeyResult::success(detail::shareKey(std::move(key)));
}

} // namespace

Result<RsaKeyPair, QString> RsaKeyPair::generate(int bits)
{
    if (bits < kMinimumBits || bits > kMaximumBits)
        return KeyPairResult::failure(
            u"An RSA key size of %1 bits is not supported: choose %2 to %3 bits (bunq expects "
            "2048)."_s.arg(bits)
                .arg(kMinimumBits)
                .arg(kMaximumBits));

    QElapsedTimer timer;
    timer.start();

    const detail::UniqueEvpPkeyCtx context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *generated = nullptr;
    const bool ok = context && EVP_PKEY_keygen_init(context.get()) == 1 &&
                    EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), bits) == 1 &&
                    EVP_PKEY_generate(context.get(), &generated) == 1;
    detail::UniqueEvpPkey key(generated);
    if (!ok || !key)
        return KeyPairResult::failure(
            u"RSA key generation failed: %1."_s.arg(detail::takeOpenSslErrors()));

    qCDebug(lcCrypto) << "Generated a" << bits << "bit RSA key in" << timer.elapsed() << "ms";

    RsaKeyPair pair;
    pair.m_key = detail::shareKey(std::move(key));
    return KeyPairResult::success(std::move(pair));
}

Result<RsaKeyPair, QString> RsaKeyPair::fromPrivateKeyPem(const QByteArray &pem)
{
    auto block = decodePrivateKeyBlock(pem);
    if (!block)
        return KeyPairResult::failure(block.error());
    PemBlock decoded = std::move(block).value();

    const KeyResult key =
        decoded.label == kPkcs8Label ? parsePkcs8(decoded.der) : parsePkcs1(decoded.der);
    OPENSSL_cleanse(decoded.der.data(), decoded.der.size());
    if (!key)
        return KeyPairResult::failure(key.error());

    if (EVP_PKEY_get_base_id(key.value().get()) != EVP_PKEY_RSA)
        return KeyPairResult::failure(
            u"The private key type is %1, but an RSA key is required."_s.arg(
                detail::keyTypeName(key.value().get())));

    RsaKeyPair pair;
    pair.m_key = key.value();
    return KeyPairResult::success(std::move(pair));
}

int RsaKeyPair::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

RsaPublicKey RsaKeyPair::publicKey() const
{
    if (!m_key)
        return {};

    // Copy only the public half through DER, so that a public key passed around never contains
    // the private key.
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0) {
        detail::takeOpenSslErrors();
        return {};
    }
    const unsigned char *cursor = der;
    const detail::UniqueEvpPkey publicOnly(d2i_PUBKEY(nullptr, &cursor, size));
    OPENSSL_free(der);
    if (!publicOnly) {
        detail::takeOpenSslErrors();
        return {};
    }

    return RsaPublicKey::fromEvpKey(publicOnly.get());
}

QByteArray RsaKeyPair::privateKeyPem() const
{
    if (!m_key)
        return {};

    const UniquePkcs8Info info(EVP_PKEY2PKCS8(m_key.get()));
    unsigned char *der = nullptr;
    const int size = info ? i2d_PKCS8_PRIV_KEY_INFO(info.get(), &der) : 0;
    if (size <= 0) {
        qCWarning(lcCrypto) << "Cannot export the private key as PKCS#8:"
                            << detail::takeOpenSslErrors();
        return {};
    }

    // Encoding through encodePem rather than OpenSSL's PEM writer pins the line format that the
    // header promises.
    const QByteArray pem =
        encodePem(kPkcs8Label.toByteArray(),
                  QByteArray::fromRawData(reinterpret_cast<const char *>(der), size));
    OPENSSL_clear_free(der, size);
    return pem;
}

Result<QByteArray, QString> RsaKeyPair::sign(const QByteArray &data) const
{
    using SignatureResult = Result<QByteArray, QString>;

    if (!m_key)
        return SignatureResult::failure(u"Cannot sign: the key pair is empty."_s);

    QByteArray signature(EVP_PKEY_get_size(m_key.get()), Qt::Uninitialized);
    size_t size = signature.size();

    const detail::UniqueEvpMdCtx context(EVP_MD_CTX_new());
    // A null padding setting leaves OpenSSL's RSA default, PKCS#1 v1.5.
    const bool ok =
        context &&
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                       detail::bytesOf(data), data.size()) == 1;
    if (!ok)
        return SignatureResult::failure(
            u"Signing with the RSA key failed: %1."_s.arg(detail::takeOpenSslErrors()));

    signature.resize(static_cast<qsizetype>(size));
    return SignatureResult::success(signature.toBase64());
}

} // namespace studio::crypto
