#include "SigningKey.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)
};

/// GB/T 35276's default signer identity, set explicitly: OpenSSL 3.0 would otherwise use an
/// empty one, and signatures would not verify elsewhere.
constexpr char signerId[] = "1234567812345678";

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return Text::tr("unknown error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

struct MdContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~MdContext() { EVP_MD_CTX_free(ctx); }
};

} // namespace

void SigningKey::Free::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

SigningKey::SigningKey(EVP_PKEY *key, bool hasPrivate)
    : m_key(key)
    , m_private(hasPrivate)
{
}

SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;
SigningKey::~SigningKey() = default;

Result<SigningKey> SigningKey::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
    if (!key)
        return Result<SigningKey>::failure(Text::tr("No SM2 key could be made: %1").arg(openSslError()));
    return SigningKey(key, true);
}

Result<SigningKey> SigningKey::fromPrivate(const QByteArray &der)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &bytes, long(der.size()));
    if (!key || !EVP_PKEY_is_a(key, "SM2")) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return Result<SigningKey>::failure(Text::tr("The office's signing key is damaged."));
    }
    return SigningKey(key, true);
}

/// How every SM2 public key of ours begins in DER: SubjectPublicKeyInfo with the SM2 curve named,
/// then an uncompressed point. Taken from a key made here, once.
const QByteArray &canonicalPrefix()
{
    static const QByteArray prefix = [] {
        EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
        unsigned char *der = nullptr;
        const int size = key ? i2d_PUBKEY(key, &der) : 0;
        QByteArray out = size > 27 ? QByteArray(reinterpret_cast<const char *>(der), 27) : QByteArray();
        OPENSSL_free(der);
        EVP_PKEY_free(key);
        return out;
    }();
    return prefix;
}

Result<SigningKey> SigningKey::fromPublic(const QByteArray &der)
{
    // Only the one form our keys take (91 bytes: the named curve, an uncompressed point): no
    // explicit curve parameters for the parser to chew on, one encoding per key.
    if (der.size() != 91 || canonicalPrefix().isEmpty() || !der.startsWith(canonicalPrefix()))
        return Result<SigningKey>::failure(Text::tr("this is not an SM2 public key."));
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    const auto *end = bytes + der.size();
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &bytes, long(der.size()));
    // All of it a key, and an SM2 one: an RSA or plain EC key is not what packages are signed with.
    bool sound = key && bytes == end && EVP_PKEY_is_a(key, "SM2");
    if (sound) {
        // A point on the curve, not the point at infinity.
        EVP_PKEY_CTX *check = EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr);
        sound = check && EVP_PKEY_public_check(check) == 1;
        EVP_PKEY_CTX_free(check);
    }
    if (!sound) {
        EVP_PKEY_free(key);
        ERR_clear_error();
        return Result<SigningKey>::failure(Text::tr("this is not an SM2 public key."));
    }
    return SigningKey(key, false);
}

QByteArray SigningKey::publicDer() const
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

QByteArray SigningKey::privateDer() const
{
    if (!m_private)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_PrivateKey(m_key.get(), &der);
    if (size <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_clear_free(der, size_t(size));
    return out;
}

QString SigningKey::fingerprintOf(const QByteArray &publicDer)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(publicDer.constData(), size_t(publicDer.size()), digest, &length, EVP_sm3(), nullptr) != 1 || length < 10) {
        ERR_clear_error();
        return {};
    }
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 10).toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

Result<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    using R = Result<QByteArray>;
    if (!m_private)
        return R::failure(Text::tr("This key cannot sign: it has no private half."));
    MdContext md;
    EVP_PKEY_CTX *pkey = nullptr;
    if (!md.ctx || EVP_DigestSignInit_ex(md.ctx, &pkey, "SM3", nullptr, nullptr, m_key.get(), nullptr) != 1
        || EVP_PKEY_CTX_set1_id(pkey, signerId, sizeof signerId - 1) != 1)
        return R::failure(Text::tr("The package cannot be signed: %1").arg(openSslError()));
    size_t size = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    if (EVP_DigestSign(md.ctx, nullptr, &size, data, size_t(message.size())) != 1)
        return R::failure(Text::tr("The package cannot be signed: %1").arg(openSslError()));
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(md.ctx, reinterpret_cast<unsigned char *>(signature.data()), &size, data, size_t(message.size())) != 1)
        return R::failure(Text::tr("The package cannot be signed: %1").arg(openSslError()));
    signature.resize(qsizetype(size));
    return signature;
}

bool SigningKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (signature.isEmpty() || signature.size() > 256)
        return false;
    MdContext md;
    EVP_PKEY_CTX *pkey = nullptr;
    const bool ok = md.ctx && EVP_DigestVerifyInit_ex(md.ctx, &pkey, "SM3", nullptr, nullptr, m_key.get(), nullptr) == 1
                    && EVP_PKEY_CTX_set1_id(pkey, signerId, sizeof signerId - 1) == 1
                    && EVP_DigestVerify(md.ctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                                        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
                           == 1;
    ERR_clear_error();
    return ok;
}
