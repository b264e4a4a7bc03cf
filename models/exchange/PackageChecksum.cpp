#include "PackageChecksum.h"
#include "store/StoreHealth.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>
#include <cstring>

#include <openssl/evp.h>

namespace {

/// SHA-256 through OpenSSL's EVP interface.
class Sha256
{
public:
    Sha256()
    {
        if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
            qFatal("SHA-256 is not available (OpenSSL)");
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, qsizetype size) { EVP_DigestUpdate(m_context, data, size_t(size)); }
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_context, digest, &size);
        return QByteArray(reinterpret_cast<const char *>(digest), int(size));
    }

private:
    EVP_MD_CTX *m_context = EVP_MD_CTX_new();
};

/// The bytes to hash, gathered in a block of its own and handed to the hash a block at a time.
class Gather
{
public:
    explicit Gather(Sha256 &hash)
        : m_hash(hash)
    {
    }
    void add(char c)
    {
        if (m_used == sizeof m_block)
            flush();
        m_block[m_used++] = c;
    }
    void add(const char *data, qsizetype size)
    {
        if (m_used + size > qsizetype(sizeof m_block)) {
            flush();
            if (size > qsizetype(sizeof m_block)) {
                m_hash.add(data, size);
                return;
            }
        }
        std::memcpy(m_block + m_used, data, size_t(size));
        m_used += size;
    }
    void number(qint64 value)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        add(digits, end - digits);
    }
    void flush()
    {
        m_hash.add(m_block, m_used);
        m_used = 0;
    }

private:
    Sha256 &m_hash;
    char m_block[64 * 1024];
    qsizetype m_used = 0;
};

} // namespace

namespace PackageChecksum {

const QStringList &tables()
{
    static const QStringList list = {
        QStringLiteral("organisation"),  QStringLiteral("member_figures"), QStringLiteral("ledger_category"),
        QStringLiteral("ledger_item"),   QStringLiteral("ledger_event"),   QStringLiteral("cobuild_category"),
        QStringLiteral("unit"),          QStringLiteral("agreement"),      QStringLiteral("activity"),
        QStringLiteral("need"),          QStringLiteral("resource"),       QStringLiteral("need_resource"),
        QStringLiteral("project"),       QStringLiteral("project_claim"),  QStringLiteral("project_review"),
        QStringLiteral("meeting"),       QStringLiteral("task"),
    };
    return list;
}

TableSum compute(const QSqlDatabase &db, const QString &table, const QString &schema, const Inspect &inspect)
{
    TableSum sum;
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1', '%2')").arg(table, schema)) || !columns.next()) {
        sum.problem = StoreHealth::describe(columns.lastError());
        return sum;
    }
    const int count = columns.value(0).toInt();
    columns.finish();
    if (count == 0) {
        sum.problem = QStringLiteral("no such table: %1").arg(table);
        return sum;
    }
    QStringList order;
    for (int i = 1; i <= count; ++i)
        order.append(QString::number(i));
    SqliteRows rows(db, QStringLiteral("SELECT * FROM %1.%2 ORDER BY %3").arg(schema, table, order.join(QLatin1Char(','))));
    if (!rows.isValid()) {
        sum.problem = rows.error();
        return sum;
    }
    // The type beside each value: an integer 1 and a text '1' must not hash alike. The canonical
    // text of the rows is gathered in a buffer and hashed by OpenSSL's SHA-256 as it fills.
    Sha256 hash;
    qint64 read = 0;
    Gather out(hash);
    while (rows.next()) {
        ++read;
        if (inspect) {
            if (QString problem = inspect(rows); !problem.isEmpty()) {
                sum.problem = std::move(problem);
                sum.inspected = true;
                return sum;
            }
        }
        for (int i = 0; i < count; ++i) {
            switch (rows.type(i)) {
            case SqliteRows::Type::Null:
                out.add("N;", 2);
                break;
            case SqliteRows::Type::Integer:
                out.add('I');
                out.number(rows.integer(i));
                out.add(';');
                break;
            case SqliteRows::Type::Real: {
                const QByteArray text = QByteArray::number(rows.real(i), 'g', 17);
                out.add('R');
                out.add(text.constData(), text.size());
                out.add(';');
                break;
            }
            case SqliteRows::Type::Blob:
            case SqliteRows::Type::Text: {
                const QByteArrayView bytes = rows.bytes(i);
                out.add(rows.type(i) == SqliteRows::Type::Blob ? 'B' : 'T');
                out.number(bytes.size());
                out.add(':');
                out.add(bytes.data(), bytes.size());
                break;
            }
            }
        }
        out.add('\n');
    }
    out.flush();
    // A statement stopped part way (a damaged page, the time budget) is not a whole table.
    if (rows.failed()) {
        sum.problem = rows.error();
        return sum;
    }
    sum.rows = read;
    sum.sha256 = QString::fromLatin1(hash.result().toHex());
    return sum;
}

} // namespace PackageChecksum
