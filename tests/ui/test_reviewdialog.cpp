// The year-end review at the desk: the dialog stands a community's tree choice for its
// sub-district, lists its organisations; a review is entered by keyboard and weighed at once; the
// weights refuse what does not add up to 100; the sheets are written.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "review/ReviewService.h"
#include "review/ReviewTableModel.h"
#include "review/YearReviewDialog.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>

using namespace TestSupport;

class TestReviewDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_sub = 0, m_a = 0, m_b = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("review-page.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_a = add(orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_b = add(orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void reviewByKeyboard()
    {
        YearReviewDialog dialog(*m_workspace, m_a);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 3); // the sub-district and its two communities
        dialog.table()->selectRow(dialog.model()->rowOf(m_a));
        dialog.reportEdit()->setFocus();
        Typing::type(dialog.reportEdit(), QStringLiteral("网格党建全覆盖"));
        // Tab on to the three scores, typed.
        QWidget *focus = dialog.reportEdit();
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
            QCOMPARE(focus, dialog.scoreBox(i));
            dialog.scoreBox(i)->selectAll();
            QTest::keyClicks(focus, QStringLiteral("90"));
        }
        QVERIFY2(dialog.saveReview(), qPrintable(dialog.statusLabel()->text()));
        const int row = dialog.model()->rowOf(m_a);
        QCOMPARE(dialog.model()->index(row, ReviewTableModel::Total).data().toString(), QStringLiteral("90.0"));
        QCOMPARE(dialog.model()->index(row, ReviewTableModel::Rank).data().toInt(), 1);
        QCOMPARE(ReviewService::find(m_workspace->database(), m_a, dialog.yearBox()->value()).value().report,
                 QStringLiteral("网格党建全覆盖"));
    }

    void weightsAndSheets()
    {
        YearReviewDialog dialog(*m_workspace, m_sub);
        QCOMPARE(dialog.weightBox(0)->value() + dialog.weightBox(1)->value() + dialog.weightBox(2)->value(), 100);
        dialog.weightBox(0)->setValue(50);
        QVERIFY(!dialog.saveWeights());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("120")));
        dialog.weightBox(1)->setValue(20);
        QVERIFY(dialog.saveWeights());
        QCOMPARE(ReviewWeights::of(m_workspace->database(), m_a).value().above, 50);
        const QString path = m_dir.filePath(QStringLiteral("sheets.pdf"));
        QVERIFY2(dialog.saveSheets(path), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(QFile(path).size() > 5000);
    }
};

QTEST_MAIN(TestReviewDialog)
#include "test_reviewdialog.moc"
