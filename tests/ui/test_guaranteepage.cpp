// The places and guarantee page: the venue form proposes whether a kind counts as a service
// facility, is finished by keyboard, and refuses a second venue of the same name at the form with
// nothing saved; the funds form refuses what is no amount and a spending past the allotment; an
// inspection's lines become tasks; the page shows the community short of space above its lists,
// the funds of the year chosen; the overview's guarantee line says the same.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "cobuild/CobuildListTab.h"
#include "cobuild/CobuildTableModel.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"
#include "guarantee/FundDialog.h"
#include "guarantee/GuaranteePage.h"
#include "guarantee/GuaranteeService.h"
#include "guarantee/InspectionDialog.h"
#include "guarantee/Money.h"
#include "guarantee/VenueDialog.h"
#include "guarantee/VenueService.h"
#include "overview/DashboardView.h"
#include "store/SqlWrite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTimer>

using namespace TestSupport;

class TestGuaranteePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_sub = 0, m_community = 0;

    qint64 count(const QString &table)
    {
        QSqlQuery query(m_workspace->database().connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("guarantee-page.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        QVERIFY(SqlWrite::exec(m_workspace->database().connection(), QStringLiteral("UPDATE organisation SET households = 2000 WHERE id = :id"),
                               {{QStringLiteral(":id"), m_community}})
                    .ok());
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void venueFormByKeyboard()
    {
        VenueDialog dialog(*m_workspace, Venue(), m_community, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.orgCombo()->currentId(), m_community);
        QVERIFY(!ok->isEnabled()); // no name yet
        // The kind proposes whether the venue counts: a red post does not.
        QVERIFY(dialog.facilityBox()->isChecked());
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("red_post")));
        QVERIFY(!dialog.facilityBox()->isChecked());
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("service_station")));
        QVERIFY(dialog.facilityBox()->isChecked());

        // Name, then Tab through to the area, typed.
        dialog.nameEdit()->setFocus();
        Typing::type(dialog.nameEdit(), QStringLiteral("龙狮桥社区党群服务站"));
        QVERIFY(ok->isEnabled());
        QWidget *focus = dialog.nameEdit();
        for (int i = 0; i < 8 && focus != dialog.areaBox(); ++i) {
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
        }
        QCOMPARE(focus, dialog.areaBox());
        dialog.areaBox()->selectAll();
        QTest::keyClicks(dialog.areaBox(), QStringLiteral("500"));
        QTest::keyClick(dialog.areaBox(), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        const auto venues = m_workspace->venues().venues(m_community);
        QVERIFY(venues.ok());
        QCOMPARE(venues.value().size(), 1);
        QCOMPARE(venues.value().first().area, 500);

        // The same name again: refused at the form, nothing saved.
        VenueDialog again(*m_workspace, Venue(), m_community, nullptr);
        again.show();
        again.nameEdit()->setText(QStringLiteral("龙狮桥社区党群服务站"));
        again.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(again.isVisible());
        QVERIFY(again.problemLabel()->text().contains(QStringLiteral("龙狮桥社区党群服务站")));
        QCOMPARE(count(QStringLiteral("venue")), qint64(1));
    }

    void fundsFormRefusesWhatCannotBe()
    {
        FundDialog allot(*m_workspace, FundEntry::Kind::Allotted, m_sub, m_community, 2026, nullptr);
        allot.show();
        QPushButton *ok = allot.buttons()->button(QDialogButtonBox::Ok);
        // The day follows the year: a past year's entry is dated in it.
        allot.yearBox()->setValue(2024);
        QCOMPARE(allot.dateEdit()->date(), QDate(2024, 12, 31));
        allot.yearBox()->setValue(2026);
        allot.textEdit()->setText(QStringLiteral("区财政专项经费"));
        Typing::type(allot.amountEdit(), QStringLiteral("4万"));
        QVERIFY(!ok->isEnabled()); // not an amount in yuan
        allot.amountEdit()->clear();
        Typing::type(allot.amountEdit(), QStringLiteral("400,000"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(!allot.isVisible());

        FundDialog spend(*m_workspace, FundEntry::Kind::Spent, m_sub, m_community, 2026, nullptr);
        spend.show();
        spend.textEdit()->setText(QStringLiteral("党员活动室设施"));
        spend.amountEdit()->setText(QStringLiteral("400000.01"));
        spend.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(spend.isVisible());
        QVERIFY2(spend.problemLabel()->text().contains(QStringLiteral("400,000.00")), qPrintable(spend.problemLabel()->text()));
        QCOMPARE(count(QStringLiteral("fund_entry")), qint64(1));
        spend.amountEdit()->setText(QStringLiteral("150000"));
        spend.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!spend.isVisible());
        QCOMPARE(count(QStringLiteral("fund_entry")), qint64(2));
    }

    void inspectionLinesBecomeTasks()
    {
        InspectionDialog dialog(*m_workspace, m_community, nullptr);
        dialog.show();
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        Typing::type(dialog.inspectorsEdit(), QStringLiteral("街道巡查组"));
        QVERIFY(!ok->isEnabled()); // no findings yet
        dialog.findingsEdit()->setPlainText(QStringLiteral("阵地标识陈旧"));
        dialog.tasksEdit()->setPlainText(QStringLiteral("更新标识\n\n  补齐台账  \n"));
        QVERIFY(ok->isEnabled());
        const qint64 tasks = count(QStringLiteral("task"));
        ok->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(count(QStringLiteral("task")), tasks + 2);
        QCOMPARE(count(QStringLiteral("task WHERE inspection_id IS NOT NULL AND title = '补齐台账'")), qint64(1));
    }

    void pageShowsWhatNeedsAttention()
    {
        GuaranteePage page(*m_workspace);
        page.resize(1200, 700);
        page.setScope(m_sub);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.tabWidget()->count(), 4);
        // 2,000 households ask 600 m²; 500 are there.
        QVERIFY2(page.attentionLabel()->text().contains(QStringLiteral("龙狮桥社区")), qPrintable(page.attentionLabel()->text()));
        QVERIFY(page.attentionLabel()->text().contains(QStringLiteral("100")));
        CobuildTableModel *space = page.tab(CobuildList::Space)->model();
        QCOMPARE(space->rowCount(), 1);
        QCOMPARE(space->flaggedCount(), 1);
        CobuildTableModel *funds = page.tab(CobuildList::Funds)->model();
        const int thisYear = QDate::currentDate().year();
        page.yearBox()->setValue(2026);
        QCOMPARE(funds->rowCount(), 1);
        QCOMPARE(funds->index(0, 3).data().toLongLong(), 150000);
        page.yearBox()->setValue(2025);
        QCOMPARE(funds->rowCount(), 0);
        page.yearBox()->setValue(thisYear);
        QCOMPARE(page.tab(CobuildList::Inspections)->model()->rowCount(), 1);
        QCOMPARE(page.tab(CobuildList::Venues)->model()->rowCount(), 1);
        // The first button of the tab adds to its list: the venue form, here shown and closed.
        page.tabWidget()->setCurrentIndex(0);
        QString opened;
        QTimer::singleShot(0, [&opened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                opened = QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
        });
        page.addToCurrentList();
        QCOMPARE(opened, QStringLiteral("VenueDialog"));
    }

    void overviewLineSaysTheSame()
    {
        DashboardView view(m_workspace->database());
        view.setScope(m_sub);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.guaranteeLabel()->text().isEmpty());
        QVERIFY2(view.guaranteeLabel()->text().contains(QStringLiteral("100 m²")), qPrintable(view.guaranteeLabel()->text()));
        // The seeds' figures: no units here, so no coverage to give.
        QVERIFY2(view.workLabel()->text().contains(QStringLiteral("property companies —")), qPrintable(view.workLabel()->text()));
    }
};

QTEST_MAIN(TestGuaranteePage)
#include "test_guaranteepage.moc"
