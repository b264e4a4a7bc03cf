// The year-end review (述职评议, issue 14 item 7): the weights (the program's favour service
// objects and members; a sub-district's, else the district's), the service objects' score from
// the units and the residents' satisfaction in the ledger, the weighed total, the ranking by kind
// with ties and without totals, a review entered and changed on its version, the sheets' PDF text,
// the table's model. On both engines.

#include "TestSupport.h"

#include "ledger/LedgerService.h"
#include "report/ReviewSheetDocument.h"
#include "review/ReviewService.h"
#include "review/ReviewTableModel.h"
#include "store/Maintenance.h"
#include "store/SqlWrite.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

using namespace TestSupport;

class TestReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_root = 0, m_sub = 0, m_otherSub = 0, m_a = 0, m_b = 0, m_c = 0, m_grid = 0;
    const QDate m_today = QDate(2026, 12, 1);

    qint64 review(qint64 org, std::optional<double> above, std::optional<double> units, std::optional<double> members, int year = 2025)
    {
        Review r;
        r.orgId = org;
        r.year = year;
        r.report = QStringLiteral("一年来推动网格党建全覆盖。");
        r.above = above;
        r.units = units;
        r.members = members;
        r.reviewedOn = QDate(year + 1, 1, 15);
        const auto id = ReviewService::save(m_ws->database(), r, m_today);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

    /// An item of the grid followed up in 2025 with satisfaction.
    void followedUp(Satisfaction satisfaction)
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = *m_ws->ledger().repository().categoryByName(QStringLiteral("设施维修"));
        item.title = QStringLiteral("楼道灯不亮");
        item.recordedOn = QDate(2025, 5, 6);
        const auto id = m_ws->ledger().add(item, QStringLiteral("王芳"), m_today);
        QVERIFY(id.ok());
        LedgerStep step;
        step.on = QDate(2025, 5, 7);
        step.who = QStringLiteral("王芳");
        for (LedgerAction action : {LedgerAction::Accept, LedgerAction::Dispatch, LedgerAction::Take, LedgerAction::Close, LedgerAction::Visit}) {
            step.action = action;
            step.to = action == LedgerAction::Dispatch ? QStringLiteral("物业服务中心") : QString();
            step.note = QStringLiteral("已修复");
            if (action == LedgerAction::Visit)
                step.satisfaction = satisfaction;
            const Outcome done = m_ws->ledger().act(id.value(), step, m_today);
            QVERIFY2(done.ok(), qPrintable(done.error()));
        }
    }

    const ReviewRow *rowOf(const QList<ReviewRow> &rows, qint64 org)
    {
        for (const ReviewRow &row : rows) {
            if (row.orgId == org)
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = createWorkspace(m_dir.filePath(QStringLiteral("review-%1.db").arg(++m_file)));
        OrgService &orgs = m_ws->organisations();
        m_root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(orgs, m_root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_otherSub = add(orgs, m_root, OrgKind::Subdistrict, QStringLiteral("人民路街道"));
        m_a = add(orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_b = add(orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_c = add(orgs, m_sub, OrgKind::Community, QStringLiteral("地质社区"));
        m_grid = add(orgs, m_a, OrgKind::Grid, QStringLiteral("第1网格"));
    }

    void cleanup()
    {
        QVERIFY(Maintenance::check(m_ws->database()).isEmpty());
        m_ws.reset();
    }

    void weightsFavourServiceObjectsAndMembers()
    {
        const ReviewWeights defaults = ReviewWeights::of(m_ws->database(), m_a).value();
        QVERIFY(defaults.service + defaults.members > defaults.above);
        QCOMPARE(defaults.total(), 100);
        // The district's apply below it, until a sub-district sets its own.
        QVERIFY(ReviewWeights::save(m_ws->database(), m_root, {20, 50, 30}).ok());
        QCOMPARE(ReviewWeights::of(m_ws->database(), m_a).value(), (ReviewWeights{20, 50, 30}));
        QVERIFY(ReviewWeights::save(m_ws->database(), m_sub, {40, 30, 30}).ok());
        QCOMPARE(ReviewWeights::of(m_ws->database(), m_a).value(), (ReviewWeights{40, 30, 30}));
        QCOMPARE(ReviewWeights::of(m_ws->database(), m_otherSub).value(), (ReviewWeights{20, 50, 30}));
        const Outcome wrong = ReviewWeights::save(m_ws->database(), m_sub, {40, 40, 30});
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QStringLiteral("110")), qPrintable(wrong.error()));
        QVERIFY(!ReviewWeights::save(m_ws->database(), m_a, {30, 40, 30}).ok()); // a community sets none
    }

    void totalWeighsTheThreeScores()
    {
        // Residents: three of four followed up satisfied or basically satisfied — 75 %.
        followedUp(Satisfaction::Satisfied);
        followedUp(Satisfaction::BasicallySatisfied);
        followedUp(Satisfaction::Satisfied);
        followedUp(Satisfaction::Dissatisfied);
        review(m_a, 90, 85, 70);
        const QList<ReviewRow> rows = ReviewService::year(m_ws->database(), 2025, m_sub).value();
        const ReviewRow *a = rowOf(rows, m_a);
        QVERIFY(a);
        QCOMPARE(a->facts.visited, 4);
        QCOMPARE(*a->facts.satisfaction(), 75.0);
        QCOMPARE(*a->service, 80.0); // (85 + 75) / 2
        QCOMPARE(*a->total, 0.3 * 90 + 0.4 * 80 + 0.3 * 70);
        // The sub-district sees its communities' items too.
        QCOMPARE(rowOf(rows, m_sub)->facts.visited, 4);
        // With the sub-district's weights.
        QVERIFY(ReviewWeights::save(m_ws->database(), m_sub, {50, 25, 25}).ok());
        const QList<ReviewRow> again = ReviewService::year(m_ws->database(), 2025, m_sub).value();
        QCOMPARE(*rowOf(again, m_a)->total, 0.5 * 90 + 0.25 * 80 + 0.25 * 70);
        QCOMPARE(rowOf(again, m_a)->weights, (ReviewWeights{50, 25, 25}));
        // The sub-district itself is weighed by the district's (here the program's), not its own.
        QCOMPARE(rowOf(again, m_sub)->weights, ReviewWeights());
    }

    void rankedByKindWithTies()
    {
        review(m_a, 90, 90, 90);
        review(m_b, 95, 95, 95);
        review(m_c, 90.04, 90, 90); // 90.0 shown: a tie
        const qint64 d = add(m_ws->organisations(), m_sub, OrgKind::Community, QStringLiteral("双井社区"));
        review(d, 80, 80, 80);
        review(m_sub, 80, 80, std::nullopt); // not scored by its members: no total, no rank
        const QList<ReviewRow> rows = ReviewService::year(m_ws->database(), 2025, 0).value();
        QCOMPARE(rows.size(), 6); // two sub-districts, four communities
        QCOMPARE(rowOf(rows, d)->rank, 4); // after the tie, the rank counts those above
        QCOMPARE(rows.at(0).kind, OrgKind::Subdistrict);
        QCOMPARE(rowOf(rows, m_b)->rank, 1);
        QCOMPARE(rowOf(rows, m_a)->rank, 2);
        QCOMPARE(rowOf(rows, m_c)->rank, 2); // a tie shares the rank
        QCOMPARE(rowOf(rows, m_sub)->rank, 0);
        QVERIFY(!rowOf(rows, m_sub)->total);
        QVERIFY(!rowOf(rows, m_otherSub)->review.id); // not reviewed yet
        // Communities in rank order after the sub-districts.
        QCOMPARE(rows.at(2).orgId, m_b);

        ReviewTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 6);
        const int b = model.rowOf(m_b);
        QCOMPARE(model.index(b, ReviewTableModel::Total).data().toString(), QStringLiteral("95.0"));
        QCOMPARE(model.index(b, ReviewTableModel::Rank).data().toInt(), 1);
        QVERIFY(!model.index(model.rowOf(m_sub), ReviewTableModel::Rank).data().isValid());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void enteredAndChangedOnItsVersion()
    {
        const qint64 id = review(m_a, 90, std::nullopt, std::nullopt);
        Review r = ReviewService::find(m_ws->database(), m_a, 2025).value();
        QCOMPARE(r.id, id);
        QCOMPARE(*r.above, 90.0);
        QVERIFY(!r.units);
        r.units = 88;
        QVERIFY(ReviewService::save(m_ws->database(), r, m_today).ok());
        // Saved again on the version it was read with: refused, the other change kept.
        r.members = 70;
        const auto stale = ReviewService::save(m_ws->database(), r, m_today);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("refresh")), qPrintable(stale.error()));
        QCOMPARE(*ReviewService::find(m_ws->database(), m_a, 2025).value().units, 88.0);
        QVERIFY(!ReviewService::find(m_ws->database(), m_a, 2025).value().members);
        // A second review of the same year is not entered beside the first.
        Review twin;
        twin.orgId = m_a;
        twin.year = 2025;
        const auto second = ReviewService::save(m_ws->database(), twin, m_today);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QStringLiteral("refresh")), qPrintable(second.error()));
        // Kept to the tenth the forms show.
        r = ReviewService::find(m_ws->database(), m_a, 2025).value();
        r.members = 87.25;
        QVERIFY(ReviewService::save(m_ws->database(), r, m_today).ok());
        QCOMPARE(*ReviewService::find(m_ws->database(), m_a, 2025).value().members, 87.3);
        // What cannot be.
        Review bad = ReviewService::find(m_ws->database(), m_b, 2025).value();
        bad.above = 101;
        QVERIFY(!ReviewService::save(m_ws->database(), bad, m_today).ok());
        bad.above = 90;
        bad.year = 2027;
        QVERIFY(!ReviewService::save(m_ws->database(), bad, m_today).ok());
        bad.year = 2025;
        bad.orgId = m_grid;
        QVERIFY(!ReviewService::save(m_ws->database(), bad, m_today).ok());
        QVERIFY(!ReviewService::find(m_ws->database(), m_grid, 2025).ok());
    }

    void sheetsAsPdf()
    {
        review(m_a, 90, 90, 90);
        review(m_b, 95, 95, 95);
        const QList<ReviewRow> rows = ReviewService::year(m_ws->database(), 2025, m_sub).value();
        const auto sheet = ReviewSheetDocument::build(*rowOf(rows, m_b), 3);
        const QString text = sheet->toPlainText();
        QVERIFY(text.contains(QStringLiteral("炮营山社区")));
        QVERIFY(text.contains(QStringLiteral("95.0")));
        QVERIFY(text.contains(QStringLiteral("一年来推动网格党建全覆盖。")));
        const QString path = m_dir.filePath(QStringLiteral("评议表-%1.pdf").arg(m_file));
        QVERIFY(ReviewSheetDocument::writePdf(rows, path).ok());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(pdf.count(QLatin1Char('\f')), int(rows.size())); // a sheet a page
        for (const QString &name : {QStringLiteral("新河路街道"), QStringLiteral("龙狮桥社区"), QStringLiteral("炮营山社区"), QStringLiteral("地质社区")})
            QVERIFY2(pdf.contains(name), qPrintable(name));
        QVERIFY(!ReviewSheetDocument::writePdf({}, path + QStringLiteral(".none")).ok());
    }
};

QTEST_MAIN(TestReview)
#include "test_review.moc"
