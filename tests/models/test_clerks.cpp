// Several clerks on one database: a save over another clerk's change is refused with who made it
// and when; a change a server undid to keep two clerks apart is tried again; another clerk's
// commit is heard; a lost connection is said, made again, and loses nothing acknowledged; four
// clerks at once lose and duplicate nothing. The same tests on a file (a second connection of the
// same program) and on the test server; what only a server does is skipped on the file.

#include "ClerksAtOnce.h"
#include "TestSupport.h"

#include "cobuild/NeedService.h"
#include "cobuild/ProjectService.h"
#include "cobuild/UnitService.h"
#include "core/Language.h"
#include "members/MemberService.h"
#include "roles/RoleService.h"
#include "store/ChangeNotices.h"
#include "store/Maintenance.h"
#include "store/RecordVersion.h"
#include "store/ServerAddress.h"
#include "store/StatementCache.h"
#include "store/Retrying.h"
#include "store/StoreHealth.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <QMutex>

using namespace TestSupport;

namespace {

/// A second clerk at another desk: a connection of their own to the same database, and the
/// services on it.
struct Desk
{
    explicit Desk(const Database &same, const QString &clerk)
        : database(std::move(same.openForThread().value()))
        , organisations(*database)
        , members(*database)
        , points(*database)
        , roles(*database)
        , ledger(*database, points)
        , units(*database, roles)
    {
        database->setActor(clerk);
    }

    std::unique_ptr<Database> database;
    OrgService organisations;
    MemberService members;
    PointsService points;
    RoleService roles;
    LedgerService ledger;
    UnitService units;
};

/// The one value the query gives, or an invalid one.
QVariant valueOf(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool run(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

/// The refusal a save by someone else at this minute gets ("Changed by 王丽 at 10:02 …").
QString changedNowBy(const QString &who)
{
    return RecordVersion::changedBy(who, QDateTime::currentDateTime());
}

} // namespace

class TestClerks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws; ///< 王丽's desk, the window's workspace
    std::unique_ptr<Desk> m_other;   ///< 张敏's
    qint64 m_community = 0, m_grid = 0, m_member = 0, m_category = 0;
    int m_file = 0;

    OrgService &orgs() { return m_ws->organisations(); }
    const Database &db() { return m_ws->database(); }

    qint64 record(const QString &title)
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_category;
        item.title = title;
        item.recordedOn = QDate::currentDate();
        const auto id = m_ws->ledger().add(item, QStringLiteral("王丽"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    LedgerStep accept(int version) const
    {
        LedgerStep step;
        step.action = LedgerAction::Accept;
        step.who = QStringLiteral("孙玉萍");
        step.version = version;
        return step;
    }

    /// Four clerks for three seconds on this test's database, recording in its grid.
    ClerksAtOnce::Options clerksOnThisDatabase()
    {
        ClerksAtOnce::Options options;
        options.address = databaseAt(m_dir.filePath(QStringLiteral("clerks-%1.db").arg(m_file)));
        options.orgId = m_grid;
        options.categoryId = m_category;
        options.milliseconds = 3000;
        return options;
    }

    bool needsServer()
    {
        return TestServer::isEngine();
    }

private Q_SLOTS:
    void init()
    {
        m_ws = createWorkspace(m_dir.filePath(QStringLiteral("clerks-%1.db").arg(++m_file)));
        m_ws->database().setActor(QStringLiteral("王丽"));
        const qint64 root = add(orgs(), 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs(), root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs(), sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs(), m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        Member m;
        m.orgId = m_grid;
        m.name = QStringLiteral("孙玉萍");
        m.birthDate = QDate(1968, 4, 12);
        m.joinedOn = QDate(1995, 7, 1);
        m.fullMemberOn = QDate(1996, 7, 1);
        m_member = m_ws->members().add(m).value();
        m_category = *m_ws->ledger().repository().categoryByName(QStringLiteral("设施维修"));
        m_other = std::make_unique<Desk>(m_ws->database(), QStringLiteral("张敏"));
    }

    void cleanup()
    {
        m_other.reset();
        QVERIFY(Maintenance::check(m_ws->database()).isEmpty());
        m_ws.reset();
    }

    void savesCountTheVersionAndNameTheClerk()
    {
        Member m = *m_ws->members().repository().find(m_member);
        QCOMPARE(m.version, 1);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT modified_by FROM member WHERE id = %1").arg(m_member)).toString(),
                 QStringLiteral("王丽"));
        m.phone = QStringLiteral("13905561234");
        QVERIFY(m_other->members.update(m).ok());
        const Member saved = *m_ws->members().repository().find(m_member);
        QCOMPARE(saved.version, 2);
        QCOMPARE(saved.phone, m.phone);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT modified_by FROM member WHERE id = %1").arg(m_member)).toString(),
                 QStringLiteral("张敏"));
    }

    void secondSaveOfAMemberIsRefused()
    {
        Member mine = *m_ws->members().repository().find(m_member);
        Member theirs = *m_other->members.repository().find(m_member);
        mine.phone = QStringLiteral("13905561234");
        QVERIFY(m_ws->members().update(mine).ok());
        theirs.ethnicity = QStringLiteral("回族");
        const Outcome refused = m_other->members.update(theirs);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), changedNowBy(QStringLiteral("王丽")));
        // Nothing of the second save written; the first one whole.
        Member now = *m_ws->members().repository().find(m_member);
        QCOMPARE(now.phone, mine.phone);
        QVERIFY(now.ethnicity.isEmpty());
        QCOMPARE(now.version, 2);
        // Read again, the second clerk's save goes through, over the first clerk's change.
        theirs = *m_other->members.repository().find(m_member);
        theirs.ethnicity = QStringLiteral("回族");
        QVERIFY(m_other->members.update(theirs).ok());
        now = *m_ws->members().repository().find(m_member);
        QCOMPARE(now.phone, mine.phone);
        QCOMPARE(now.ethnicity, theirs.ethnicity);
        QCOMPARE(now.version, 3);
    }

    void refusalSaysWhoAndWhenInChinese()
    {
        Language::apply(QStringLiteral("zh_CN"));
        Member mine = *m_ws->members().repository().find(m_member);
        Member theirs = *m_other->members.repository().find(m_member);
        mine.phone = QStringLiteral("13905561234");
        QVERIFY(m_ws->members().update(mine).ok());
        const Outcome refused = m_other->members.update(theirs);
        Language::apply(QStringLiteral("en"));
        QVERIFY(!refused.ok());
        const QString at = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
        const QString before = QDateTime::currentDateTime().addSecs(-60).toString(QStringLiteral("HH:mm"));
        QVERIFY2(refused.error() == QStringLiteral("已被 王丽 于 %1 修改，请刷新").arg(at)
                     || refused.error() == QStringLiteral("已被 王丽 于 %1 修改，请刷新").arg(before),
                 qPrintable(refused.error()));
    }

    void refusalGivesTheDateOfAnEarlierDay()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(9, 30));
        QCOMPARE(RecordVersion::changedBy(QStringLiteral("王丽"), QDateTime(QDate(2026, 12, 3), QTime(8, 5)), now),
                 QStringLiteral("Changed by 王丽 at 08:05 since you opened it; refresh."));
        QCOMPARE(RecordVersion::changedBy(QStringLiteral("王丽"), QDateTime(QDate(2026, 12, 2), QTime(17, 40)), now),
                 QStringLiteral("Changed by 王丽 at 2026-12-02 17:40 since you opened it; refresh."));
        QCOMPARE(RecordVersion::changedBy(QStringLiteral(" "), QDateTime(QDate(2026, 12, 3), QTime(8, 5)), now),
                 QStringLiteral("Changed by someone else at 08:05 since you opened it; refresh."));
    }

    void deletedRecordIsSaid()
    {
        const Member theirs = *m_other->members.repository().find(m_member);
        QVERIFY(m_ws->members().remove(m_member).ok());
        const Outcome refused = m_other->members.update(theirs);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("Deleted by another clerk")), qPrintable(refused.error()));
        QVERIFY(!m_ws->members().repository().find(m_member));
    }

    void secondSaveOfAnOrganisationIsRefused()
    {
        Organisation mine = *orgs().repository().find(m_grid);
        Organisation theirs = *m_other->organisations.repository().find(m_grid);
        QCOMPARE(mine.version, 1);
        mine.secretary = QStringLiteral("孙玉萍");
        QVERIFY(orgs().update(mine).ok());
        theirs.phone = QStringLiteral("05565551234");
        const Outcome refused = m_other->organisations.update(theirs);
        QCOMPARE(refused.error(), changedNowBy(QStringLiteral("王丽")));
        const Organisation now = *orgs().repository().find(m_grid);
        QCOMPARE(now.secretary, mine.secretary);
        QVERIFY(now.phone.isEmpty());
        QCOMPARE(now.version, 2);
        // Retiring counts the version up too: a form opened before it is out of date.
        QVERIFY(orgs().retire(m_grid, QDate::currentDate()).ok());
        Organisation stale = now;
        stale.notes = QStringLiteral("x");
        QVERIFY(!m_other->organisations.update(stale).ok());
    }

    void secondSaveOfAUnitIsRefused()
    {
        Unit unit;
        unit.orgId = m_community;
        unit.name = QStringLiteral("安庆市自来水公司");
        unit.type = UnitType::Soe;
        const Result<qint64> added = m_ws->units().add(unit);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const qint64 id = added.value();
        Unit mine = *m_ws->units().unit(id);
        Unit theirs = *m_other->units.unit(id);
        QCOMPARE(mine.version, 1);
        mine.contact = QStringLiteral("周建");
        QVERIFY(m_ws->units().update(mine).ok());
        theirs.phone = QStringLiteral("05565550000");
        const Outcome refused = m_other->units.update(theirs);
        QCOMPARE(refused.error(), changedNowBy(QStringLiteral("王丽")));
        QCOMPARE(m_ws->units().unit(id)->contact, mine.contact);
        QVERIFY(m_ws->units().unit(id)->phone.isEmpty());
        QCOMPARE(m_ws->units().unit(id)->version, 2);
    }

    void secondStepOnAnItemIsRefused()
    {
        const qint64 id = record(QStringLiteral("楼道灯不亮"));
        const int seen = m_other->ledger.repository().find(id)->version;
        QCOMPARE(seen, 1);
        QVERIFY(m_ws->ledger().act(id, accept(seen)).ok());
        // 张敏 saw the item recorded and accepts it too: refused, one accept in the history.
        const Outcome refused = m_other->ledger.act(id, accept(seen));
        QCOMPARE(refused.error(), changedNowBy(QStringLiteral("王丽")));
        QCOMPARE(m_ws->ledger().repository().events(id).size(), 2);
        QCOMPARE(m_ws->ledger().repository().find(id)->state, LedgerState::Accepted);
        // A step that counts on the item as read now (the headless command) is checked on that.
        LedgerStep progress = accept(0);
        progress.action = LedgerAction::Dispatch;
        progress.to = QStringLiteral("小区物业服务中心");
        QVERIFY(m_other->ledger.act(id, progress).ok());
        QCOMPARE(m_ws->ledger().repository().find(id)->version, 3);
    }

    /// Steps guarded by the state they start from: two clerks withdrawing the same needs at the
    /// same moment — each need is withdrawn once, the other clerk told it changed meanwhile (or,
    /// read after the first clerk's commit, that it is withdrawn already).
    void sameStepByTwoClerksAtOnceIsTakenOnce()
    {
        if (!needsServer())
            QSKIP("a file has one writer at a time");
        const QDate today = QDate::currentDate();
        QList<qint64> needs;
        for (int i = 0; i < 150; ++i) {
            Need need;
            need.orgId = m_community;
            need.categoryId = m_ws->needs().categories().first().id;
            need.title = QStringLiteral("需求%1").arg(i);
            need.postedOn = today;
            needs.append(m_ws->needs().addNeed(need).value());
        }
        const QString address = databaseAt(m_dir.filePath(QStringLiteral("clerks-%1.db").arg(m_file)));
        QHash<qint64, int> taken;
        QStringList unexpected;
        QMutex shared;
        const auto clerk = [&] {
            return QThread::create([&] {
                auto opened = Database::open(address, Database::Access::ReadWrite);
                if (!opened)
                    return;
                NeedService service(*opened.value());
                for (const qint64 id : std::as_const(needs)) {
                    const Outcome done = service.withdrawNeed(id, today);
                    QMutexLocker lock(&shared);
                    if (done)
                        ++taken[id];
                    else if (done.error() != RecordVersion::changedMeanwhile() && !done.error().contains(QLatin1String("already")))
                        unexpected.append(done.error());
                }
            });
        };
        std::unique_ptr<QThread> first(clerk()), second(clerk());
        first->start();
        second->start();
        QVERIFY(first->wait(60000) && second->wait(60000));
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
        for (const qint64 id : std::as_const(needs))
            QCOMPARE(taken.value(id), 1);
    }

    /// 王丽 withdraws needs while 张敏 matches resources to the same needs: a need withdrawn stays
    /// withdrawn — a match taken at the same moment is refused, never turning it back to matched.
    void withdrawnNeedIsNotMatchedBack()
    {
        if (!needsServer())
            QSKIP("a file has one writer at a time");
        const QDate today = QDate::currentDate();
        Unit unit;
        unit.orgId = m_community;
        unit.name = QStringLiteral("安庆市自来水公司");
        const qint64 unitId = m_ws->units().add(unit).value();
        Resource resource;
        resource.unitId = unitId;
        resource.categoryId = m_ws->needs().categories().first().id;
        resource.title = QStringLiteral("志愿者十名");
        resource.availableFrom = today;
        const qint64 resourceId = m_ws->needs().addResource(resource).value();
        QList<qint64> needs;
        for (int i = 0; i < 150; ++i) {
            Need need;
            need.orgId = m_community;
            need.categoryId = resource.categoryId;
            need.title = QStringLiteral("需求%1").arg(i);
            need.postedOn = today;
            needs.append(m_ws->needs().addNeed(need).value());
        }
        const QString address = databaseAt(m_dir.filePath(QStringLiteral("clerks-%1.db").arg(m_file)));
        QSet<qint64> withdrawn;
        QMutex shared;
        const auto clerk = [&](bool withdraws) {
            return QThread::create([&, withdraws] {
                auto opened = Database::open(address, Database::Access::ReadWrite);
                if (!opened)
                    return;
                NeedService service(*opened.value());
                for (const qint64 id : std::as_const(needs)) {
                    const Outcome done = withdraws ? service.withdrawNeed(id, today) : service.match(id, resourceId, today);
                    if (withdraws && done) {
                        QMutexLocker lock(&shared);
                        withdrawn.insert(id);
                    }
                }
            });
        };
        std::unique_ptr<QThread> first(clerk(true)), second(clerk(false));
        first->start();
        second->start();
        QVERIFY(first->wait(60000) && second->wait(60000));
        QVERIFY(!withdrawn.isEmpty());
        for (const qint64 id : std::as_const(withdrawn))
            QCOMPARE(m_ws->needs().need(id)->state, NeedState::Withdrawn);
    }

    /// 张敏 asks for a project's next stage while 王丽 moves it on: 张敏's step, counting on the
    /// stage shown, is refused rather than moving the project a second stage.
    void projectMovedOnMeanwhileIsNotMovedTwice()
    {
        Project project;
        project.title = QStringLiteral("红色楼道提升行动");
        project.orgId = m_community;
        project.approvedOn = QDate::currentDate().addDays(-10);
        const qint64 id = m_ws->projects().add(project).value();
        ProjectService theirs(*m_other->database);
        const ProjectStage seen = theirs.project(id)->stage;
        QVERIFY(m_ws->projects().advance(id, QDate::currentDate()));
        const Outcome refused = theirs.advance(id, QDate::currentDate(), QDate::currentDate(), seen);
        QCOMPARE(refused.error(), RecordVersion::changedMeanwhile());
        QCOMPARE(m_ws->projects().project(id)->stage, ProjectStage::Advancing);
    }

    /// Organisations take their ids before the insert (the lineage holds them): on a server the
    /// table's sequence moves past them, so another tool's insert without an id meets none.
    void organisationIdsKeepTheSequenceAhead()
    {
        if (!needsServer())
            QSKIP("a server's sequence");
        add(orgs(), m_grid, OrgKind::Household, QStringLiteral("第1户"));
        add(orgs(), m_grid, OrgKind::Household, QStringLiteral("第2户"));
        const qint64 highest = valueOf(db(), QStringLiteral("SELECT max(id) FROM organisation")).toLongLong();
        QVERIFY(valueOf(db(), QStringLiteral("SELECT nextval(pg_get_serial_sequence('organisation', 'id'))")).toLongLong() > highest);
        // A sequence left behind (ids written by an older program) is caught up, not collided with.
        QVERIFY(run(db(), QStringLiteral("SELECT setval(pg_get_serial_sequence('organisation', 'id'), 1)")));
        const qint64 id = add(orgs(), m_grid, OrgKind::Household, QStringLiteral("第3户"));
        QCOMPARE(id, highest + 1); // past every id there
        QVERIFY(valueOf(db(), QStringLiteral("SELECT nextval(pg_get_serial_sequence('organisation', 'id'))")).toLongLong() > id);
    }

    void conflictIsTriedAgain()
    {
        if (!needsServer())
            QSKIP("a file has one writer at a time: nothing to undo");
        // The server undoes the first two attempts of the step as it does one of two clerks'
        // changes that cross (SQLSTATE 40001); the count lives in a sequence, which no rollback resets.
        QVERIFY(run(db(), QStringLiteral("CREATE SEQUENCE attempts")));
        QVERIFY(run(db(), QStringLiteral(
                              "CREATE FUNCTION undo_twice() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                              "IF nextval('attempts') <= 2 THEN RAISE EXCEPTION 'could not serialize access' "
                              "USING ERRCODE = 'serialization_failure'; END IF; RETURN NEW; END $$")));
        const qint64 id = record(QStringLiteral("路灯不亮"));
        QVERIFY(run(db(), QStringLiteral("CREATE TRIGGER undo_twice BEFORE INSERT ON ledger_event FOR EACH ROW "
                                         "EXECUTE FUNCTION undo_twice()")));
        const Outcome done = m_ws->ledger().act(id, accept(0));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT last_value FROM attempts")).toInt(), 3);
        QCOMPARE(m_ws->ledger().repository().events(id).size(), 2); // recorded, accepted: once
        QCOMPARE(m_ws->ledger().repository().find(id)->version, 2);

        // A member's save, the same way.
        QVERIFY(run(db(), QStringLiteral("SELECT setval('attempts', 1, false)")));
        QVERIFY(run(db(), QStringLiteral("CREATE TRIGGER undo_twice BEFORE UPDATE ON member FOR EACH ROW "
                                         "EXECUTE FUNCTION undo_twice()")));
        Member member = *m_ws->members().repository().find(m_member);
        member.phone = QStringLiteral("13905561234");
        const Outcome saved = m_ws->members().update(member);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT last_value FROM attempts")).toInt(), 3);
        QCOMPARE(m_ws->members().repository().find(m_member)->version, 2);
    }

    void otherFailuresAreNotTriedAgain()
    {
        if (!needsServer())
            QSKIP("a server's refusal");
        QVERIFY(run(db(), QStringLiteral("CREATE SEQUENCE attempts")));
        QVERIFY(run(db(), QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "PERFORM nextval('attempts'); RAISE EXCEPTION 'refused by a rule'; END $$")));
        const qint64 id = record(QStringLiteral("路灯不亮"));
        QVERIFY(run(db(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON ledger_event FOR EACH ROW "
                                         "EXECUTE FUNCTION refuse()")));
        const Outcome refused = m_ws->ledger().act(id, accept(0));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("refused by a rule")), qPrintable(refused.error()));
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT last_value FROM attempts")).toInt(), 1);
        QCOMPARE(m_ws->ledger().repository().find(id)->state, LedgerState::Recorded);
        QCOMPARE(m_ws->ledger().repository().find(id)->version, 1);
    }

    void onlyTheOutermostChangeIsTriedAgain()
    {
        if (!needsServer())
            QSKIP("a server's refusal");
        const QSqlDatabase connection = db().connection();
        int attempts = 0;
        const auto conflict = [&] {
            ++attempts;
            QSqlQuery query(connection);
            if (query.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'deadlock_detected'; END $$")))
                return Outcome::success();
            return Outcome::failure(StoreHealth::describe(query.lastError()));
        };
        QVERIFY(!Retrying::run(connection, conflict).ok());
        QCOMPARE(attempts, Retrying::attempts);
        attempts = 0;
        QVERIFY(QSqlDatabase(connection).transaction());
        QVERIFY(!Retrying::run(connection, conflict).ok());
        QCOMPARE(attempts, 1);
        QVERIFY(QSqlDatabase(connection).rollback());
    }

    void othersCommitsAreHeard()
    {
        ChangeNotices &notices = m_ws->notices();
        if (!needsServer()) {
            QVERIFY(!notices.isListening()); // one program writes a file, and says what it changes
            return;
        }
        QVERIFY(notices.isListening());
        QSignalSpy heard(&notices, &ChangeNotices::changed);
        // This desk's own change is told by its services, not heard again.
        Member mine = *m_ws->members().repository().find(m_member);
        mine.phone = QStringLiteral("13905561234");
        QVERIFY(m_ws->members().update(mine).ok());
        QTest::qWait(400);
        QCOMPARE(heard.count(), 0);
        // Another clerk's commit: heard within a second, naming the table.
        QElapsedTimer timer;
        timer.start();
        Member theirs = *m_other->members.repository().find(m_member);
        theirs.ethnicity = QStringLiteral("回族");
        QVERIFY(m_other->members.update(theirs).ok());
        QVERIFY(heard.wait(1000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(heard.count(), 1);
        QVERIFY(heard.at(0).at(0).value<QSet<QString>>().contains(QStringLiteral("member")));
        // The workspace reads the members again.
        QSignalSpy reset(&m_ws->members(), &MemberService::reset);
        const Result<qint64> added = m_other->ledger.add([&] {
            LedgerItem item;
            item.orgId = m_grid;
            item.categoryId = m_category;
            item.title = QStringLiteral("井盖松动");
            item.recordedOn = QDate::currentDate();
            return item;
        }(), QStringLiteral("张敏"));
        QVERIFY2(added, qPrintable(added.error()));
        QSignalSpy ledgerReset(&m_ws->ledger(), &LedgerService::reset);
        QVERIFY(ledgerReset.wait(1000));
        QCOMPARE(reset.count(), 0);
    }

    /// Another clerk committing over and over: the pages here are read again about once a second,
    /// not at every commit, and the last commit is heard within a second.
    void busyClerksAreHeardAtMostOnceASecond()
    {
        if (!needsServer())
            QSKIP("a server's notices");
        QSignalSpy heard(&m_ws->notices(), &ChangeNotices::changed);
        Member theirs = *m_other->members.repository().find(m_member);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 12; ++i) {
            theirs.phone = QStringLiteral("1390556%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(m_other->members.update(theirs).ok());
            theirs = *m_other->members.repository().find(m_member);
            QTest::qWait(100);
        }
        const qint64 lastCommit = timer.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty() && timer.elapsed() > lastCommit + 1000, 3000);
        // About 1.2 s of commits: read again about once in 0.8 s (two or three times), not twelve.
        const qint64 most = lastCommit / 800 + 2;
        QVERIFY2(heard.count() >= 2 && heard.count() <= most,
                 qPrintable(QStringLiteral("%1 times in %2 ms").arg(heard.count()).arg(lastCommit)));
    }

    void lostConnectionIsSaidAndMadeAgain()
    {
        if (!needsServer())
            QSKIP("a file's connection is not lost");
        ChangeNotices &notices = m_ws->notices();
        notices.setCheckInterval(3600 * 1000); // looked at when the test says
        Member saved = *m_ws->members().repository().find(m_member);
        saved.phone = QStringLiteral("13905561234");
        QVERIFY(m_ws->members().update(saved).ok());
        record(QStringLiteral("楼道灯不亮"));
        QCOMPARE(m_ws->ledger().repository().page({}, LedgerSort::RecordedNewest, std::nullopt, 50).size(), 1);
        QVERIFY(m_ws->database().statements().size() > 0); // the page's statement, kept on this connection
        // The network drops: the server ends the session.
        const int pid = valueOf(db(), QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(run(*m_other->database, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QTest::qWait(200);
        Member next = *m_other->members.repository().find(m_member);
        next.ethnicity = QStringLiteral("回族");
        const Outcome lost = m_ws->members().update(next);
        QVERIFY(!lost.ok());
        QVERIFY2(lost.error().contains(QLatin1String("server cannot be reached")), qPrintable(lost.error()));
        // Said, made again, and everything read again.
        QSignalSpy reachable(&notices, &ChangeNotices::reachableChanged);
        QSignalSpy changed(&notices, &ChangeNotices::changed);
        notices.check(); // the window's timer does this every few seconds
        QCOMPARE(reachable.count(), 1); // said at once; whether the server answers is asked on a worker
        QTRY_COMPARE_WITH_TIMEOUT(reachable.count(), 2, 6000);
        QCOMPARE(reachable.at(0).at(0).toBool(), false);
        QVERIFY(!reachable.at(0).at(1).toString().isEmpty());
        QCOMPARE(reachable.at(1).at(0).toBool(), true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(0).value<QSet<QString>>().isEmpty());
        // What was acknowledged before is there; the lost save was not written; saving works again.
        const Member now = *m_ws->members().repository().find(m_member);
        QCOMPARE(now.phone, saved.phone);
        QVERIFY(now.ethnicity.isEmpty());
        QVERIFY(m_ws->members().update(next).ok());
        // The statements of the old connection were let go: pages are read on the new one.
        QCOMPARE(m_ws->ledger().repository().page({}, LedgerSort::RecordedNewest, std::nullopt, 50).size(), 1);
        // And other clerks' commits are heard again on the new connection.
        changed.clear();
        Member theirs = *m_other->members.repository().find(m_member);
        theirs.notes = QStringLiteral("复核");
        QVERIFY(m_other->members.update(theirs).ok());
        QVERIFY(changed.wait(1000));
    }

    void whetherTheServerAnswersIsAskedApart()
    {
        if (!needsServer())
            QSKIP("a server's answer");
        auto server = ServerAddress::parse(db().connectionAddress());
        QVERIFY(server);
        QVERIFY(PgHandle::answers(*server, 2));
        server->port = 1; // nobody listens there: the answer is no, within the time given
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PgHandle::answers(*server, 2));
        QVERIFY(timer.elapsed() < 3000);
    }

    void treeChangedByClerksAtOnceStaysWhole()
    {
        if (!needsServer())
            QSKIP("a file has one writer at a time");
        // 王丽 moves the grid between two communities over and over while two other clerks add
        // households under it: every household ends up under the grid wherever it is
        // (Maintenance::check in cleanup() looks at every lineage), and no two additions take the
        // same id.
        const qint64 sub = orgs().repository().find(m_community)->parentId;
        const qint64 other = add(orgs(), sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        const QString address = databaseAt(m_dir.filePath(QStringLiteral("clerks-%1.db").arg(m_file)));
        constexpr int rounds = 100;
        std::atomic<int> added{0}, moved{0};
        QStringList failures;
        QMutex failed;
        const auto clerk = [&](int number) {
            return QThread::create([&, number] {
                auto opened = Database::open(address, Database::Access::ReadWrite);
                if (!opened)
                    return;
                OrgService service(*opened.value());
                for (int i = 0; i < rounds; ++i) {
                    Outcome done = Outcome::success();
                    if (number == 0) {
                        done = service.move(m_grid, i % 2 ? m_community : other);
                        moved += done.ok();
                    } else {
                        Organisation household;
                        household.parentId = m_grid;
                        household.kind = OrgKind::Household;
                        household.name = QStringLiteral("第%1户 %2").arg(i).arg(number);
                        const auto id = service.add(household);
                        done = id.ok() ? Outcome::success() : Outcome::failure(id.error());
                        added += id.ok();
                    }
                    if (!done) {
                        QMutexLocker lock(&failed);
                        failures.append(done.error());
                    }
                }
            });
        };
        std::unique_ptr<QThread> mover(clerk(0)), adder(clerk(1)), another(clerk(2));
        for (QThread *thread : {mover.get(), adder.get(), another.get()})
            thread->start();
        for (QThread *thread : {mover.get(), adder.get(), another.get()})
            QVERIFY(thread->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(added.load(), 2 * rounds);
        QCOMPARE(moved.load(), rounds);
        QCOMPARE(orgs().repository().childCount(m_grid), 2 * rounds);
        const QString lineage = orgs().repository().lineageText(m_grid);
        QCOMPARE(valueOf(db(), QStringLiteral("SELECT count(*) FROM organisation WHERE parent_id = %1 AND lineage LIKE '%2%'")
                                   .arg(m_grid)
                                   .arg(lineage))
                     .toInt(),
                 2 * rounds);
    }

    void fourClerksLoseAndDuplicateNothing()
    {
        if (!needsServer())
            QSKIP("a file has one writer at a time");
        ClerksAtOnce::Options options = clerksOnThisDatabase();
        const ClerksAtOnce::Tally tally = ClerksAtOnce::run(options);
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(QLatin1Char('\n'))));
        QVERIFY(tally.added.size() > 20);
        int steps = 0;
        for (const int n : tally.steps)
            steps += n;
        qInfo("%d items, %d steps, %d steps refused as moved on by another clerk", int(tally.added.size()), steps,
              tally.refused);
        QVERIFY(steps > 20);
        QCOMPARE(tally.unsureAdds, 0);
        QVERIFY(tally.unsure.isEmpty());
        const QStringList wrong = ClerksAtOnce::compare(db(), options, tally);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void droppedConnectionsLoseNothingAcknowledged()
    {
        if (!needsServer())
            QSKIP("a file's connection is not lost");
        ClerksAtOnce::Options options = clerksOnThisDatabase();
        options.cutEveryMilliseconds = 150;
        const ClerksAtOnce::Tally tally = ClerksAtOnce::run(options);
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(QLatin1Char('\n'))));
        qInfo("%d connections cut, %d made again, %d items, %d answers lost", tally.cuts, tally.reconnects,
              int(tally.added.size()), tally.unsureAdds + int(tally.unsure.size()));
        QVERIFY(tally.cuts > 5);
        QVERIFY(tally.reconnects > 0);
        const QStringList wrong = ClerksAtOnce::compare(db(), options, tally);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestClerks)
#include "test_clerks.moc"
