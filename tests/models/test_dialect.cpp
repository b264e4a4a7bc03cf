// The engines' dialect, on both engines: SQLite in memory and a throwaway PostgreSQL 15 server
// (tests/pg/pg-server, started by ctest for the tests that need it; ZONGHENG_TEST_PGHOST names its
// socket folder).

#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/SqlConnection.h"
#include "store/SqlDialect.h"
#include "store/StatementCache.h"
#include "store/SqlWrite.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <QTest>

#include <memory>

/// The connection of the row's engine, or the test skipped when that engine has no server here.
#define OPEN_OR_SKIP(connection)                                                                   \
    QFETCH(QString, engine);                                                                       \
    QString skip;                                                                                  \
    const auto connection = open(engine, &skip);                                                   \
    if (!connection)                                                                               \
        QSKIP(qPrintable(skip));

class TestDialect : public QObject
{
    Q_OBJECT

private:
    /// An open connection of the engine, or a reason to skip (no server given).
    static std::unique_ptr<SqlConnection> open(const QString &engine, QString *skip)
    {
        if (engine == QLatin1String("sqlite")) {
            auto connection = std::make_unique<SqlConnection>(QStringLiteral("dialect-test"));
            if (!connection->open(QStringLiteral(":memory:")))
                qFatal("SQLite cannot open a database in memory");
            return connection;
        }
        const QString host = qEnvironmentVariable("ZONGHENG_TEST_PGHOST");
        if (host.isEmpty()) {
            *skip = QStringLiteral("no PostgreSQL server for the tests (ctest starts one: ZONGHENG_TEST_PGHOST)");
            return nullptr;
        }
        auto connection = std::make_unique<SqlConnection>(QStringLiteral("dialect-test"), QStringLiteral("QPSQL"));
        QSqlDatabase db = connection->db();
        db.setHostName(host);
        db.setUserName(QStringLiteral("zongheng"));
        if (!connection->open(QStringLiteral("zongheng_test")))
            qFatal("the test server cannot be reached: %s", qPrintable(db.lastError().text()));
        return connection;
    }

    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private Q_SLOTS:
    /// The address the GUI composes from its fields reads back as the same fields, whatever the
    /// password holds; the shown form never holds the password.
    void serverAddressRoundTrip()
    {
        ServerAddress address;
        address.user = QStringLiteral("王丽");
        address.password = QStringLiteral("p@ss:w/rd?&%");
        address.host = QStringLiteral("db.office.local");
        address.port = 5433;
        address.database = QStringLiteral("xinhelu");
        const auto parsed = ServerAddress::parse(address.text());
        QVERIFY2(parsed, qPrintable(address.text()));
        QCOMPARE(parsed->user, address.user);
        QCOMPARE(parsed->password, address.password);
        QCOMPARE(parsed->host, address.host);
        QCOMPARE(parsed->port, 5433);
        QCOMPARE(parsed->database, address.database);
        QVERIFY(!address.shown().contains(QStringLiteral("p@ss")));
        address.user.clear();
        address.host = QStringLiteral("/run/postgresql");
        const auto socket = ServerAddress::parse(address.text());
        QVERIFY2(socket, qPrintable(address.text()));
        QCOMPARE(socket->host, address.host);
        QCOMPARE(socket->password, address.password);
        QVERIFY(socket->user.isEmpty());
    }

    void dialectFollowsTheDriver_data() { engines(); }
    void dialectFollowsTheDriver()
    {
        OPEN_OR_SKIP(connection);
        const SqlDialect &dialect = SqlDialect::of(connection->db());
        QCOMPARE(dialect.engine(), engine == QLatin1String("sqlite") ? SqlDialect::Engine::Sqlite : SqlDialect::Engine::Postgres);
        QCOMPARE(dialect.driver(), connection->db().driverName());
    }

    /// The moment of writing reads as the program writes it (SqlWrite::now): UTC, to the second.
    void nowIsWrittenAsTheProgramWritesIt_data() { engines(); }
    void nowIsWrittenAsTheProgramWritesIt()
    {
        OPEN_OR_SKIP(connection);
        QSqlQuery query(connection->db());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(query.exec(QStringLiteral("SELECT %1").arg(SqlDialect::of(connection->db()).now())) && query.next(),
                 qPrintable(query.lastError().text()));
        const QString text = query.value(0).toString();
        QCOMPARE(text.size(), SqlWrite::now().size());
        const QDateTime written = QDateTime::fromString(text, Qt::ISODate);
        QVERIFY2(written.isValid() && written.timeSpec() == Qt::UTC, qPrintable(text));
        QVERIFY(written >= before.addSecs(-1) && written <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    /// A write begins a transaction the dialect sees; its end is seen too.
    void writeTransactionIsSeen_data() { engines(); }
    void writeTransactionIsSeen()
    {
        OPEN_OR_SKIP(connection);
        const QSqlDatabase db = connection->db();
        const SqlDialect &dialect = SqlDialect::of(db);
        QSqlQuery query(db);
        QVERIFY(!dialect.inTransaction(db));
        QVERIFY2(query.exec(dialect.beginWrite()), qPrintable(query.lastError().text()));
        QVERIFY(dialect.inTransaction(db));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE dialect_probe (id integer)")));
        QVERIFY(dialect.inTransaction(db));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(!dialect.inTransaction(db));
        // Rolled back: the table is not there.
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM dialect_probe")));
    }

    /// A statement asked for again is the one prepared before (on a server: one statement of the
    /// session, planned once); the least recently used goes beyond the capacity; one that cannot
    /// be prepared is not kept and says why when run.
    void statementsAreKept_data() { engines(); }
    void statementsAreKept()
    {
        OPEN_OR_SKIP(connection);
        const QSqlDatabase db = connection->db();
        StatementCache cache(db, 2);
        const QString a = QStringLiteral("SELECT :n + 1"), b = QStringLiteral("SELECT :n + 2"), c = QStringLiteral("SELECT :n + 3");
        QSqlQuery *first = &cache.prepared(a);
        for (int n = 1; n <= 3; ++n) {
            QSqlQuery &query = cache.prepared(a);
            QCOMPARE(&query, first);
            query.bindValue(QStringLiteral(":n"), n);
            QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toInt(), n + 1);
            // Left unread: the next use lets the rows go first.
        }
        if (engine == QLatin1String("postgresql")) {
            QSqlQuery prepared(db);
            QVERIFY(prepared.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")) && prepared.next());
            QCOMPARE(prepared.value(0).toInt(), 1);
        }
        cache.prepared(b);
        cache.prepared(a);
        cache.prepared(c); // b, the least recently used, goes
        QCOMPARE(cache.size(), 2);
        QCOMPARE(&cache.prepared(a), first);
        QSqlQuery &wrong = cache.prepared(QStringLiteral("SELECT FROM WHERE"));
        QVERIFY(!wrong.exec());
        QVERIFY(wrong.lastError().isValid());
        QCOMPARE(cache.size(), 2);
        cache.clear();
        QCOMPARE(cache.size(), 0);
    }

    /// A turn taken inside a transaction keeps another connection's same turn waiting until the
    /// commit; a file's write transaction is its turn already.
    void turnWaitsForTheCommit()
    {
        if (qEnvironmentVariable("ZONGHENG_TEST_PGHOST").isEmpty())
            QSKIP("no PostgreSQL server for the tests");
        QString skip;
        const auto mine = open(QStringLiteral("postgresql"), &skip);
        const QSqlDatabase db = mine->db();
        QVERIFY(QSqlDatabase(db).transaction());
        QVERIFY(SqlDialect::of(db).takeTurn(db, QStringLiteral("probe")).ok());
        std::atomic<bool> taken{false};
        std::unique_ptr<QThread> other(QThread::create([&] {
            SqlConnection theirs(QStringLiteral("dialect-turn"), QStringLiteral("QPSQL"));
            QSqlDatabase their = theirs.db();
            their.setHostName(qEnvironmentVariable("ZONGHENG_TEST_PGHOST"));
            their.setUserName(QStringLiteral("zongheng"));
            if (!theirs.open(QStringLiteral("zongheng_test")) || !their.transaction())
                return;
            taken = SqlDialect::of(their).takeTurn(their, QStringLiteral("probe")).ok();
            their.rollback();
        }));
        other->start();
        QTest::qWait(300);
        QVERIFY(!taken); // waiting for this connection's commit
        QVERIFY(QSqlDatabase(db).commit());
        QVERIFY(other->wait(5000));
        QVERIFY(taken);
        QVERIFY(SqlDialect::sqlite().takeTurn(QSqlDatabase(), QStringLiteral("probe")).ok());
    }

    /// A database without a schema is at version 0; a version set within a transaction stays
    /// only when it is committed.
    void schemaVersionKept_data() { engines(); }
    void schemaVersionKept()
    {
        OPEN_OR_SKIP(connection);
        const QSqlDatabase db = connection->db();
        const SqlDialect &dialect = SqlDialect::of(db);
        QSqlQuery query(db);
        if (dialect.engine() == SqlDialect::Engine::Postgres)
            QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS zongheng_schema")));
        QCOMPARE(dialect.schemaVersion(db).value(), 0);
        QVERIFY(query.exec(dialect.beginWrite()));
        QVERIFY(dialect.setSchemaVersion(db, 9).ok());
        QCOMPARE(dialect.schemaVersion(db).value(), 9);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(dialect.schemaVersion(db).value(), 0);
        QVERIFY(query.exec(dialect.beginWrite()));
        QVERIFY(dialect.setSchemaVersion(db, 8).ok());
        QVERIFY(dialect.setSchemaVersion(db, 9).ok());
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        QCOMPARE(dialect.schemaVersion(db).value(), 9);
    }

    /// The PostgreSQL schema (resources/migrations/postgresql, every step) has the tables of SQLite's
    /// migrations with the same columns in the same order, NOT NULL alike: the two stay in step.
    void schemasInStep()
    {
        QString skip;
        const auto server = open(QStringLiteral("postgresql"), &skip);
        if (!server)
            QSKIP(qPrintable(skip));
        QSqlQuery query(server->db());
        QVERIFY(query.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA public")));
        for (const Migration &step : Migrations::server())
            QVERIFY2(query.exec(step.sql), qPrintable(step.name + QLatin1String(": ") + query.lastError().text()));

        using Columns = QStringList; // "name NOT NULL" or "name"
        QMap<QString, Columns> postgres;
        QVERIFY(query.exec(QStringLiteral("SELECT table_name, column_name, is_nullable FROM information_schema.columns "
                                          "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position")));
        while (query.next())
            postgres[query.value(0).toString()].append(query.value(1).toString()
                                                       + (query.value(2).toString() == QLatin1String("NO") ? QStringLiteral(" NOT NULL") : QString()));

        QTemporaryDir dir;
        auto sqlite = Database::create(dir.filePath(QStringLiteral("step.db")));
        QVERIFY2(sqlite.ok(), qPrintable(sqlite.error()));
        QMap<QString, Columns> file;
        QSqlQuery tables(sqlite.value()->connection());
        // The search index's tables are SQLite's own (FTS5); PostgreSQL indexes the same text.
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                           "AND name NOT LIKE 'ledger_search%' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery columns(sqlite.value()->connection());
            QVERIFY(columns.exec(QStringLiteral("SELECT name, \"notnull\", pk FROM pragma_table_info('%1') ORDER BY cid").arg(table)));
            while (columns.next()) {
                // A primary key is never null, whether SQLite's text says so or not.
                const bool notNull = columns.value(1).toBool() || columns.value(2).toInt() > 0;
                file[table].append(columns.value(0).toString() + (notNull ? QStringLiteral(" NOT NULL") : QString()));
            }
        }
        QCOMPARE(postgres.keys(), file.keys());
        for (auto it = file.cbegin(); it != file.cend(); ++it)
            QCOMPARE(postgres.value(it.key()).join(QStringLiteral(", ")), it.value().join(QStringLiteral(", ")));
    }
};

QTEST_GUILESS_MAIN(TestDialect)
#include "test_dialect.moc"
