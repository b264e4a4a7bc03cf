// In-service members and their employers (双联双管, issue 14 item 8): who gets a card for a
// quarter (in service, active in it, reported by its end), what the card holds (the activities
// of the quarter with their hours and points, the items taken on or closed, the points earned and
// the balance), the filters by employer and community, the PDFs — one per employer or per member,
// their text, nothing left when cancelled — and the hours of an activity. On both engines.

#include "TestSupport.h"

#include "cobuild/ActivityService.h"
#include "cobuild/AgreementService.h"
#include "cobuild/UnitService.h"
#include "core/CancelFlag.h"
#include "ledger/LedgerService.h"
#include "members/MemberService.h"
#include "members/ServiceCards.h"
#include "points/PointsService.h"
#include "report/ServiceCardDocument.h"
#include "store/FileOps.h"
#include "store/Maintenance.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

using namespace TestSupport;

class TestServiceCards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_community = 0, m_other = 0, m_grid = 0, m_agreement = 0, m_category = 0;
    qint64 m_zhao = 0, m_qian = 0, m_sun = 0, m_zhou = 0, m_left = 0, m_registered = 0;
    const QDate m_today = QDate(2026, 12, 1);
    const Quarter m_q3{2026, 3};
    const QString m_tax = QStringLiteral("安庆市税务局");
    const QString m_hospital = QStringLiteral("安庆市第一人民医院");

    qint64 member(const QString &name, MemberCategory category, const QString &employer = {}, qint64 reportedTo = 0,
                  const QDate &reportedOn = {})
    {
        Member m;
        m.orgId = m_grid;
        m.name = name;
        m.birthDate = QDate(1980, 5, 1);
        m.joinedOn = QDate(2005, 7, 1);
        m.fullMemberOn = QDate(2006, 7, 1);
        m.category = category;
        m.employer = employer;
        m.reportedToId = reportedTo;
        m.reportedOn = reportedOn;
        const auto id = m_ws->members().add(m);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    void activity(const QDate &on, const QString &title, double hours, const QList<qint64> &members)
    {
        Activity a;
        a.agreementId = m_agreement;
        a.heldOn = on;
        a.title = title;
        a.participants = 20;
        a.hours = hours;
        a.memberIds = members;
        a.pointsEach = 2;
        const auto id = m_ws->activities().add(a, m_today);
        QVERIFY2(id.ok(), qPrintable(id.error()));
    }

    /// An item of the grid dispatched to member on dispatched, closed on closed when given.
    qint64 item(const QString &title, qint64 member, const QDate &dispatched, const QDate &closed = {})
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_category;
        item.title = title;
        item.recordedOn = dispatched;
        const auto id = m_ws->ledger().add(item, QStringLiteral("王芳"), m_today);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        LedgerStep step;
        step.on = dispatched;
        step.who = QStringLiteral("王芳");
        step.action = LedgerAction::Accept;
        if (const Outcome done = m_ws->ledger().act(id.value(), step, m_today); !done)
            qFatal("%s", qPrintable(done.error()));
        step.action = LedgerAction::Dispatch;
        step.toMemberId = member;
        if (const Outcome done = m_ws->ledger().act(id.value(), step, m_today); !done)
            qFatal("%s", qPrintable(done.error()));
        if (closed.isValid()) {
            step = LedgerStep();
            step.on = closed;
            step.action = LedgerAction::Take;
            if (const Outcome done = m_ws->ledger().act(id.value(), step, m_today); !done)
                qFatal("%s", qPrintable(done.error()));
            step.action = LedgerAction::Close;
            step.note = QStringLiteral("已办结");
            if (const Outcome done = m_ws->ledger().act(id.value(), step, m_today); !done)
                qFatal("%s", qPrintable(done.error()));
        }
        return id.value();
    }

    QList<ServiceCard> cards(const ServiceCards::Filter &filter)
    {
        const auto read = ServiceCards::gather(m_ws->database(), filter);
        if (!read)
            qFatal("%s", qPrintable(read.error()));
        return read.value();
    }

    const ServiceCard *cardOf(const QList<ServiceCard> &list, qint64 memberId)
    {
        for (const ServiceCard &card : list) {
            if (card.memberId == memberId)
                return &card;
        }
        return nullptr;
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void init()
    {
        m_ws = createWorkspace(m_dir.filePath(QStringLiteral("cards-%1.db").arg(++m_file)));
        OrgService &orgs = m_ws->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        m_other = add(orgs, sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_category = *m_ws->ledger().repository().categoryByName(QStringLiteral("设施维修"));

        m_zhao = member(QStringLiteral("赵敏"), MemberCategory::InService, m_tax, m_community, QDate(2026, 3, 1));
        m_qian = member(QStringLiteral("钱进"), MemberCategory::InService, m_hospital, m_community, QDate(2026, 8, 1));
        m_sun = member(QStringLiteral("孙丽"), MemberCategory::InService, m_tax, m_other, QDate(2025, 9, 1));
        m_zhou = member(QStringLiteral("周杰"), MemberCategory::InService, m_tax, m_community, QDate(2026, 10, 15));
        m_left = member(QStringLiteral("吴刚"), MemberCategory::InService, m_tax, m_community, QDate(2025, 1, 1));
        QVERIFY(m_ws->members().setStatus(m_left, MemberStatus::TransferredOut, QDate(2026, 6, 30), m_today).ok());
        m_registered = member(QStringLiteral("李强"), MemberCategory::Registered);

        m_agreement = addAgreement(*m_ws, m_community);
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(m_ws->database()).isEmpty());
        m_ws.reset();
    }

    void whoGetsACard()
    {
        // 周杰 reported after the quarter, 吴刚 left before it, 李强 is not in service.
        QList<qint64> ids;
        for (const ServiceCard &card : cards({m_q3, {}, 0, 0}))
            ids.append(card.memberId);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{m_zhao, m_qian, m_sun}));
        // The quarter 吴刚 left in still has his card.
        QVERIFY(cardOf(cards({Quarter{2026, 2}, {}, 0, 0}), m_left));
        QVERIFY(!cardOf(cards({Quarter{2026, 2}, {}, 0, 0}), m_qian)); // reported in August
        // By employer, as recorded; by the community reported to (and below it).
        const QList<ServiceCard> tax = cards({m_q3, m_tax, 0, 0});
        QCOMPARE(tax.size(), 2);
        for (const ServiceCard &card : tax)
            QCOMPARE(card.employer, m_tax);
        const QList<ServiceCard> here = cards({m_q3, m_tax, 0, m_community});
        QCOMPARE(here.size(), 1);
        QCOMPARE(here.first().memberId, m_zhao);
        QCOMPARE(here.first().reportedTo, QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        QCOMPARE(here.first().branch, QStringLiteral("迎江区/新河路街道/龙狮桥社区/第1网格"));
        QVERIFY(cards({m_q3, {}, m_registered, 0}).isEmpty());
        // Grouped by employer: the hospital's card, then the tax office's.
        const QList<ServiceCard> all = cards({m_q3, {}, 0, 0});
        QCOMPARE(all.first().employer, m_hospital);
        QCOMPARE(all.last().employer, m_tax);
        // Employers of the members reporting within a scope.
        QCOMPARE(ServiceCards::employers(m_ws->database(), {m_q3, {}, 0, m_other}).value(), QStringList{m_tax});
        QCOMPARE(ServiceCards::employers(m_ws->database(), {m_q3, m_tax, 0, 0}).value(), (QStringList{m_hospital, m_tax}));
        // Only the employers of members with a card: in Q1 the hospital's member had not reported.
        QCOMPARE(ServiceCards::employers(m_ws->database(), {Quarter{2026, 1}, {}, 0, m_community}).value(), QStringList{m_tax});
        QVERIFY(!ServiceCards::gather(m_ws->database(), {Quarter{}, {}, 0, 0}).ok());
    }

    void whatTheCardHolds()
    {
        activity(QDate(2026, 6, 20), QStringLiteral("端午包粽子"), 2, {m_zhao});          // Q2
        activity(QDate(2026, 7, 10), QStringLiteral("敬老助餐"), 2.5, {m_zhao, m_qian});  // Q3
        activity(QDate(2026, 9, 20), QStringLiteral("垃圾分类宣传"), 0, {m_zhao});         // Q3, length not recorded
        activity(QDate(2026, 10, 5), QStringLiteral("国庆文艺汇演"), 3, {m_zhao});         // Q4
        item(QStringLiteral("六月的楼道灯"), m_zhao, QDate(2026, 6, 2), QDate(2026, 6, 5)); // Q2
        const qint64 closed = item(QStringLiteral("单元门禁损坏"), m_zhao, QDate(2026, 8, 1), QDate(2026, 8, 5));
        const qint64 open = item(QStringLiteral("路灯不亮"), m_zhao, QDate(2026, 9, 25));
        item(QStringLiteral("十月的水管"), m_zhao, QDate(2026, 10, 8));                  // Q4
        QVERIFY(m_ws->points().award(m_zhao, QDate(2026, 8, 15), 10, QStringLiteral("疫苗接种引导志愿服务")).ok());
        QVERIFY(m_ws->points().redeem(m_zhao, QDate(2026, 9, 1), 5, QStringLiteral("洗衣液一瓶")).ok());
        const int perItem = m_ws->ledger().repository().category(m_category)->points;

        const ServiceCard card = cards({m_q3, {}, m_zhao, 0}).value(0);
        QCOMPARE(card.memberId, m_zhao);
        QCOMPARE(card.name, QStringLiteral("赵敏"));
        QCOMPARE(card.quarter.code(), QStringLiteral("2026Q3"));
        QCOMPARE(card.activities.size(), 2);
        QCOMPARE(card.activities.at(0).title, QStringLiteral("敬老助餐"));
        QCOMPARE(card.activities.at(0).heldOn, QDate(2026, 7, 10));
        QCOMPARE(card.activities.at(0).orgName, QStringLiteral("龙狮桥社区"));
        QCOMPARE(card.activities.at(0).points, 2);
        QCOMPARE(card.activities.at(1).hours, 0.0);
        QCOMPARE(card.hours(), 2.5);
        QCOMPARE(card.items.size(), 2);
        QCOMPARE(card.items.at(0).itemId, closed);
        QCOMPARE(card.items.at(0).closedOn, QDate(2026, 8, 5));
        QCOMPARE(card.items.at(1).itemId, open);
        QVERIFY(!card.items.at(1).closedOn.isValid());
        QCOMPARE(card.itemsClosed(), 1);
        // Earned in the quarter: two activities, the item closed, the award; not the redemption.
        QCOMPARE(card.pointsEarned, 2 + 2 + perItem + 10);
        // The balance at the quarter's end: June's points too, less what was spent; not October's.
        QCOMPARE(card.pointsBalance, 2 + perItem + card.pointsEarned - 5);
        QCOMPARE(card.pointsBalance, m_ws->points().balance(m_zhao) - 2);

        const ServiceCard qian = cards({m_q3, {}, m_qian, 0}).value(0);
        QCOMPARE(qian.activities.size(), 1);
        QCOMPARE(qian.items.size(), 0);
        QCOMPARE(qian.pointsEarned, 2);

        // The card's text: the member, the community, the quarter's activities and items.
        const auto document = ServiceCardDocument::build(card);
        const QString text = document->toPlainText();
        for (const QString &expected : {QStringLiteral("赵敏"), m_tax, QStringLiteral("龙狮桥社区"), QStringLiteral("敬老助餐"),
                                        QStringLiteral("垃圾分类宣传"), QStringLiteral("单元门禁损坏"), QStringLiteral("路灯不亮"),
                                        QStringLiteral("2026-08-05")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const QString &other : {QStringLiteral("端午包粽子"), QStringLiteral("国庆文艺汇演"), QStringLiteral("六月的楼道灯"),
                                     QStringLiteral("十月的水管")})
            QVERIFY2(!text.contains(other), qPrintable(other));
        QCOMPARE(document->pageCount(), 1);
    }

    void activityHoursAreChecked()
    {
        Activity a;
        a.agreementId = m_agreement;
        a.heldOn = QDate(2026, 7, 1);
        a.title = QStringLiteral("通宵值守");
        a.participants = 5;
        a.hours = 25;
        const auto refused = m_ws->activities().add(a, m_today);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("24")), qPrintable(refused.error()));
        a.hours = -1;
        QVERIFY(!m_ws->activities().add(a, m_today).ok());
        a.hours = 3.5;
        QVERIFY(m_ws->activities().add(a, m_today).ok());
        QVERIFY(m_ws->agreements().activities(m_agreement).first().contains(QStringLiteral("3.5")));
    }

    void pdfsPerEmployerAndPerMember()
    {
        activity(QDate(2026, 7, 10), QStringLiteral("敬老助餐"), 2.5, {m_zhao, m_qian});
        const QList<ServiceCard> all = cards({m_q3, {}, 0, 0});
        QTemporaryDir out;
        int told = 0;
        const auto batches = ServiceCardDocument::writeAll(all, out.path(), false, nullptr, [&](int done) { told = done; });
        QVERIFY2(batches.ok(), qPrintable(batches.error()));
        QCOMPARE(told, 3);
        QCOMPARE(batches.value().size(), 2); // the hospital, the tax office
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
        for (const QString &file : batches.value()) {
            QVERIFY(QFile(file).size() > 5000);
            QVERIFY(file.contains(QStringLiteral("2026Q3")));
        }
        const QString taxFile = *std::find_if(batches.value().cbegin(), batches.value().cend(),
                                              [&](const QString &f) { return f.contains(m_tax); });
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdfText(taxFile);
            QVERIFY2(text.contains(QStringLiteral("赵敏")) && text.contains(QStringLiteral("孙丽")), qPrintable(text.left(400)));
            QVERIFY(!text.contains(QStringLiteral("钱进")));
            QVERIFY(text.contains(QStringLiteral("敬老助餐")));
            QVERIFY(text.contains(QStringLiteral("炮营山社区")));
            QCOMPARE(text.count(QLatin1Char('\f')), 2); // a page a card
        }
        // A file per member.
        QTemporaryDir each;
        const auto cardsWritten = ServiceCardDocument::writeAll(all, each.path(), true);
        QVERIFY(cardsWritten.ok());
        QCOMPARE(cardsWritten.value().size(), 3);
        QCOMPARE(QDir(each.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void cancelledLeavesNothing()
    {
        const QList<ServiceCard> all = cards({m_q3, {}, 0, 0});
        QTemporaryDir out;
        // A file of the same name from before stays as it was.
        const QString before = QDir(out.path()).filePath(ServiceCardDocument::batchFileName(m_tax, m_q3));
        QVERIFY(FileOps::writeFile(before, QByteArrayLiteral("earlier")).ok());
        CancelFlag cancel;
        const auto written = ServiceCardDocument::writeAll(all, out.path(), false, &cancel, [&](int done) {
            if (done == 2)
                cancel.cancel();
        });
        QVERIFY(!written.ok());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(before).fileName()});
        QFile kept(before);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArrayLiteral("earlier"));
        kept.close();
        // Not cancelled, it is replaced, and nothing is left beside the new files.
        const auto replaced = ServiceCardDocument::writeAll(all, out.path(), false);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QVERIFY(QFileInfo(before).size() > 5000);
        QVERIFY(!ServiceCardDocument::writeAll(all, m_dir.filePath(QStringLiteral("no-such-folder")), false).ok());
        QVERIFY(!ServiceCardDocument::writeAll({}, out.path(), false).ok());
    }
};

QTEST_MAIN(TestServiceCards)
#include "test_servicecards.moc"
