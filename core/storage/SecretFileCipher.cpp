// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SecretFileCipher_p.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

// File layout, version 1 (integers big-endian):
//
//   offset size  field
//        0    8  magic "BSSSECRT"
//        8    2  format version (1)
//       10    1  KDF id (1 = scrypt)
//       11    1  log2 of scrypt's N
//       12    4  scrypt r
//       16    4  scrypt p
//       20   16  salt, random per write
//       36   12  AES-GCM nonce, random per write
//       48   32  passphrase check value (second half of the KDF output)
//       80    n  AES-256-GCM ciphertext; bytes 0-79 are its additional authenticated data
//     80+n   16  GCM tag
//     96+n   32  SHA-256 of all bytes before it
//
// Why scrypt: it is memory-hard, so each guess at the passphrase costs 32 MiB of memory (with
// N = 2^15, r = 8) as well as time, which makes guessing on GPUs or custom hardware far more
// expensive than PBKDF2 for the same delay on a desktop. OpenSSL 3 provides it through
// EVP_KDF, so no other library is needed. The KDF yields 64 bytes: the first 32 are the AES
// key, the last 32 are stored as a check value, which tells a wrong passphrase apart from a
// file that was changed. The check value helps an attacker no more than the GCM tag already
// does, since either one confirms a guess. The unkeyed SHA-256 at the end only tells accidental
// damage apart from a wrong passphrase; the GCM tag is what authenticates the content.

namespace studio::storage {

namespace {

const QByteArray magic = "BSSSECRT"_ba;
constexpr quint16 formatVersion = 1;
constexpr quint8 kdfScrypt = 1;
constexpr quint8 defaultLog2N = 15;
constexpr quint32 defaultR = 8;
constexpr quint32 defaultP = 1;

constexpr qsizetype saltSize = 16;
constexpr qsizetype nonceSize = 12;
constexpr qsizetype checkSize = 32;
constexpr qsizetype keySize = 32;
constexpr qsizetype tagSize = 16;
constexpr qsizetype digestSize = 32;
constexpr qsizetype headerSize = 8 + 2 + 1 + 1 + 4 + 4 + saltSize + nonceSize + checkSize;

// Limits for parameters read from a file, so that an edited header cannot make the KDF
// allocate gigabytes. 128 * r * N bytes is scrypt's memory use.
constexpr quint8 minimumLog2N = 10;
constexpr quint8 maximumLog2N = 20;
constexpr quint32 maximumR = 16;
constexpr quint32 maximumP = 4;
constexpr quint64 maximumMemory = 256ull * 1024 * 1024;

struct KdfParameters
{
    quint8 log2N = defaultLog2N;
    quint32 r = defaultR;
    quint32 p = defaultP;

    quint64 memory() const { return 128ull * r * (quint64(1) << log2N); }
    bool inRange() const
    {
        return log2N >= minimumLog2N && log2N <= maximumLog2N && r >= 1 && r <= maximumR
               && p >= 1 && p <= maximumP && memory() <= maximumMemory;
    }
};

// 64 bytes of KDF output, overwritten when it goes out of scope.
class DerivedKey
{
public:
    DerivedKey() { m_bytes.fill(0); }
    ~DerivedKey() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }
    DerivedKey(const DerivedKey &) = delete;
    DerivedKey &operator=(const DerivedKey &) = delete;

    unsigned char *data() { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    const unsigned char *encryptionKey() const { return m_bytes.data(); }
    const unsigned char *checkValue() const { return m_bytes.data() + keySize; }

private:
    std::array<unsigned char, keySize + checkSize> m_bytes;
};

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX *context) const { EVP_KDF_CTX_free(context); }
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};

QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytesOf(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

bool deriveKey(const QByteArray &passphrase, const QByteArray &salt,
               const KdfParameters &parameters, DerivedKey &key, QString &error)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf) {
        error = takeOpenSslError();
        return false;
    }
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> context(EVP_KDF_CTX_new(kdf.get()));
    if (!context) {
        error = takeOpenSslError();
        return false;
    }

    uint64_t n = uint64_t(1) << parameters.log2N;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    // Leave headroom above the exact need, which OpenSSL computes slightly differently.
    uint64_t maxMemory = maximumMemory * 2;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char *>(passphrase.constData()),
                                          std::size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                          const_cast<char *>(salt.constData()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_KDF_derive(context.get(), key.data(), key.size(), params) != 1) {
        error = takeOpenSslError();
        return false;
    }
    return true;
}

QByteArray writeHeader(const KdfParameters &parameters, const QByteArray &salt,
                       const QByteArray &nonce, const DerivedKey &key)
{
    QByteArray header;
    header.reserve(headerSize);
    header += magic;

    char number[4];
    qToBigEndian<quint16>(formatVersion, number);
    header.append(number, 2);
    header.append(char(kdfScrypt));
    header.append(char(parameters.log2N));
    qToBigEndian<quint32>(parameters.r, number);
    header.append(number, 4);
    qToBigEndian<quint32>(parameters.p, number);
    header.append(number, 4);

    header += salt;
    header += nonce;
    header.append(reinterpret_cast<const char *>(key.checkValue()), checkSize);
    return header;
}

// Runs AES-256-GCM in either direction. For decryption, tag contains the expected tag and a
// mismatch makes the function return false with an empty error.
bool runGcm(bool encrypt, const DerivedKey &key, const QByteArray &nonce, const QByteArray &aad,
            const QByteArray &input, QByteArray &output, QByteArray &tag, QString &error)
{
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> context(EVP_CIPHER_CTX_new());
    if (!context
        || EVP_CipherInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr,
                             encrypt ? 1 : 0)
               != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonceSize), nullptr)
               != 1
        || EVP_CipherInit_ex(context.get(), nullptr, nullptr, key.encryptionKey(),
                             bytesOf(nonce), encrypt ? 1 : 0)
               != 1) {
        error = takeOpenSslError();
        return false;
    }

    int length = 0;
    if (EVP_CipherUpdate(context.get(), nullptr, &length, bytesOf(aad), int(aad.size())) != 1) {
        error = takeOpenSslError();
        return false;
    }

    output.resize(input.size());
    if (EVP_CipherUpdate(context.get(), bytesOf(output), &length, bytesOf(input),
                         int(input.size()))
        != 1) {
        error = takeOpenSslError();
        return false;
    }

    if (!encrypt
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(tagSize), tag.data())
               != 1) {
        error = takeOpenSslError();
        return false;
    }

    int finalLength = 0;
    if (EVP_CipherFinal_ex(context.get(), bytesOf(output) + length, &finalLength) != 1) {
        ERR_clear_error();
        error.clear();
        return false;
    }

    if (encrypt) {
        tag.resize(tagSize);
        if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(tagSize), tag.data())
            != 1) {
            error = takeOpenSslError();
            return false;
        }
    }
    return true;
}

QByteArray randomBytes(qsizetype size, QString &error)
{
    QByteArray bytes(size, '\0');
    if (RAND_bytes(bytesOf(bytes), int(size)) != 1) {
        error = takeOpenSslError();
        return {};
    }
    return bytes;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

Result<KdfParameters, SecretFileError> readHeader(const QByteArray &content)
{
    using R = Result<KdfParameters, SecretFileError>;
    using Kind = SecretFileError::Kind;
    if (!content.startsWith(magic))
        return R::failure({Kind::NotSecretFile, u"magic bytes missing"_s});
    if (content.size() < headerSize + tagSize + digestSize)
        return R::failure({Kind::Damaged, u"file too short"_s});

    const quint16 version = qFromBigEndian<quint16>(content.constData() + 8);
    if (version > formatVersion)
        return R::failure({Kind::NewerVersion, u"format version %1"_s.arg(version)});

    // The checksum is checked before anything else is trusted, so that a flipped byte in the
    // header is reported as damage, not as a wrong passphrase.
    const qsizetype digestOffset = content.size() - digestSize;
    if (sha256(content.left(digestOffset)) != content.mid(digestOffset))
        return R::failure({Kind::Damaged, u"checksum mismatch"_s});

    if (version != formatVersion || quint8(content.at(10)) != kdfScrypt)
        return R::failure({Kind::Damaged, u"unknown version or KDF"_s});

    KdfParameters parameters;
    parameters.log2N = quint8(content.at(11));
    parameters.r = qFromBigEndian<quint32>(content.constData() + 12);
    parameters.p = qFromBigEndian<quint32>(content.constData() + 16);
    if (!parameters.inRange())
        return R::failure({Kind::Damaged, u"KDF parameters out of range"_s});
    return R::success(parameters);
}

} // namespace

Result<QByteArray, QString> sealSecretFile(const QByteArray &plaintext,
                                           const QByteArray &passphrase)
{
    using R = Result<QByteArray, QString>;
    QString error;
    const QByteArray salt = randomBytes(saltSize, error);
    const QByteArray nonce = randomBytes(nonceSize, error);
    if (salt.isEmpty() || nonce.isEmpty())
        return R::failure(error);

    const KdfParameters parameters;
    DerivedKey key;
    if (!deriveKey(passphrase, salt, parameters, key, error))
        return R::failure(error);

    const QByteArray header = writeHeader(parameters, salt, nonce, key);
    QByteArray ciphertext;
    QByteArray tag;
    if (!runGcm(true, key, nonce, header, plaintext, ciphertext, tag, error))
        return R::failure(error.isEmpty() ? u"encryption failed"_s : error);

    QByteArray content = header + ciphertext + tag;
    content += sha256(content);
    return R::success(content);
}

Result<QByteArray, SecretFileError> openSecretFile(const QByteArray &content,
                                                   const QByteArray &passphrase)
{
    using R = Result<QByteArray, SecretFileError>;
    using Kind = SecretFileError::Kind;
    const auto parameters = readHeader(content);
    if (!parameters)
        return R::failure(parameters.error());

    const QByteArray salt = content.mid(20, saltSize);
    const QByteArray nonce = content.mid(36, nonceSize);
    const QByteArray storedCheck = content.mid(48, checkSize);

    QString error;
    DerivedKey key;
    if (!deriveKey(passphrase, salt, parameters.value(), key, error))
        return R::failure({Kind::CryptoFailure, error});

    if (CRYPTO_memcmp(key.checkValue(), storedCheck.constData(), checkSize) != 0)
        return R::failure({Kind::WrongPassphrase, u"check value mismatch"_s});

    const qsizetype ciphertextSize = content.size() - headerSize - tagSize - digestSize;
    const QByteArray header = content.left(headerSize);
    const QByteArray ciphertext = content.mid(headerSize, ciphertextSize);
    QByteArray tag = content.mid(headerSize + ciphertextSize, tagSize);
    QByteArray plaintext;
    if (!runGcm(false, key, nonce, header, ciphertext, plaintext, tag, error)) {
        OPENSSL_cleanse(plaintext.data(), std::size_t(plaintext.size()));
        if (!error.isEmpty())
            return R::failure({Kind::CryptoFailure, error});
        return R::failure({Kind::Tampered, u"authentication tag mismatch"_s});
    }
    return R::success(plaintext);
}

} // namespace studio::storage
