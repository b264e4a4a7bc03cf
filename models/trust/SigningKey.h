#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

/// An SM2 key (GB/T 32918) for signing with SM3 (GB/T 32905), through OpenSSL 3: the national
/// algorithms government systems are expected to use. Keys travel as DER (SubjectPublicKeyInfo
/// for the public half, PKCS #8 for the private one); the signer's identity string is the
/// standard's default, 1234567812345678, on both sides.
class SigningKey
{
public:
    /// A new key pair.
    static Result<SigningKey> generate();
    /// A key pair kept before (privateKeyInfo).
    static Result<SigningKey> fromPrivate(const QByteArray &der);
    /// A public key from outside (a key file, a package): refused unless it is an SM2 key.
    static Result<SigningKey> fromPublic(const QByteArray &der);

    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;
    ~SigningKey();

    bool hasPrivate() const { return m_private; }
    QByteArray publicDer() const;
    QByteArray privateDer() const;
    /// The short fingerprint two clerks compare by phone: SM3 over the public key, its first ten
    /// bytes as five groups of four hex digits ("3F2A-9C1B-77D0-1E4B-0A92").
    QString fingerprint() const { return fingerprintOf(publicDer()); }
    static QString fingerprintOf(const QByteArray &publicDer);

    Result<QByteArray> sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    struct Free
    {
        void operator()(EVP_PKEY *key) const;
    };
    SigningKey(EVP_PKEY *key, bool hasPrivate);

    std::unique_ptr<EVP_PKEY, Free> m_key;
    bool m_private = false;
};
