#include "KeyFile.h"

#include "OfficeKey.h"
#include "SenderRegistry.h"
#include "SigningKey.h"
#include "store/FileOps.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
};

const QByteArray magic = "ZongHeng signing key 1";

std::optional<QByteArray> base64(const QByteArray &text)
{
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (!alphabet.match(QString::fromLatin1(text)).hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

QString KeyFile::fingerprint() const
{
    return SigningKey::fingerprintOf(publicKey);
}

bool KeyFile::isEndorsed() const
{
    if (previousKey.isEmpty() || endorsement.isEmpty())
        return false;
    const auto previous = SigningKey::fromPublic(previousKey);
    return previous && previous.value().verify(OfficeKey::rotationMessage(publicKey), endorsement);
}

QByteArray KeyFile::serialise() const
{
    QByteArray out = magic + '\n';
    out += "fingerprint: " + fingerprint().toLatin1() + '\n';
    for (const QString &sender : senders)
        out += "sender: " + sender.toUtf8() + '\n';
    out += "public-key: " + publicKey.toBase64() + '\n';
    if (!previousKey.isEmpty()) {
        out += "previous-key: " + previousKey.toBase64() + '\n';
        out += "endorsement: " + endorsement.toBase64() + '\n';
    }
    return out;
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes)
{
    using R = Result<KeyFile>;
    if (bytes.size() > maxBytes)
        return R::failure(Text::tr("the file is larger than a key file can be."));
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.isEmpty() || lines.first() != magic)
        return R::failure(Text::tr("this is not a ZongHeng key file (its first line must be \"%1\").").arg(QString::fromLatin1(magic)));
    KeyFile file;
    QString stated;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(": ");
        const QByteArray key = colon > 0 ? line.left(colon) : QByteArray();
        const QByteArray value = colon > 0 ? line.mid(colon + 2).trimmed() : QByteArray();
        const auto fail = [&](const QString &what) { return R::failure(Text::tr("line %1: %2").arg(i + 1).arg(what)); };
        if (key == "fingerprint") {
            stated = QString::fromLatin1(value);
        } else if (key == "sender") {
            const QString sender = QString::fromUtf8(value);
            if (!SenderRegistry::isSenderPath(sender))
                return fail(Text::tr("the sender is not a path of names."));
            file.senders.append(sender);
        } else if (key == "public-key" || key == "previous-key" || key == "endorsement") {
            const auto decoded = base64(value);
            if (!decoded)
                return fail(Text::tr("%1 is not written in Base64.").arg(QString::fromLatin1(key)));
            (key == "public-key" ? file.publicKey : key == "previous-key" ? file.previousKey : file.endorsement) = *decoded;
        } else {
            return fail(Text::tr("\"%1\" is not a line of a key file.").arg(QString::fromUtf8(line.left(40))));
        }
    }
    if (const auto key = SigningKey::fromPublic(file.publicKey); !key)
        return R::failure(Text::tr("the public key: %1").arg(key.error()));
    if (stated != file.fingerprint())
        return R::failure(Text::tr("the fingerprint it states (%1) is not that of its key (%2): the file was changed.")
                              .arg(stated, file.fingerprint()));
    if (file.previousKey.isEmpty() != file.endorsement.isEmpty())
        return R::failure(Text::tr("it names a previous key without its signature, or a signature without the key."));
    if (!file.previousKey.isEmpty() && !file.isEndorsed())
        return R::failure(Text::tr("the previous key's signature over the new key does not verify."));
    return file;
}

Result<KeyFile> KeyFile::read(const QString &path)
{
    using R = Result<KeyFile>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Text::tr("%1: the file cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.read(maxBytes + 1);
    auto parsed = parse(bytes);
    if (!parsed)
        return R::failure(Text::tr("%1: %2").arg(name, parsed.error()));
    return parsed;
}

Outcome KeyFile::write(const QString &path) const
{
    return FileOps::writeFile(path, serialise());
}
