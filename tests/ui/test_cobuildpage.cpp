// The co-building page: the need form validates as the clerk types and refuses bad input at the
// form with nothing saved; the page shows its lists and what needs attention; matching from the
// page links a resource and marks the need matched.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "cobuild/ActivityDialog.h"
#include "cobuild/ActivityService.h"
#include "cobuild/CobuildListTab.h"
#include "cobuild/CobuildPage.h"
#include "cobuild/CobuildTableModel.h"
#include "cobuild/ListCategoriesDialog.h"
#include "cobuild/MatchDialog.h"
#include "cobuild/MeetingDialog.h"
#include "cobuild/MeetingDueModel.h"
#include "cobuild/MeetingService.h"
#include "cobuild/NeedDialog.h"
#include "cobuild/NeedService.h"
#include "cobuild/UnitImportDialog.h"
#include "cobuild/UnitService.h"
#include "common/DateLineEdit.h"
#include "common/OrgCombo.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace TestSupport;

class TestCobuildPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_community = 0, m_grid = 0, m_unit = 0;

    qint64 needCount()
    {
        QSqlQuery query(m_workspace->database().connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM need")) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("cobuild-page.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        Unit unit;
        unit.name = QStringLiteral("迎江区财政局");
        unit.type = UnitType::Organ;
        unit.orgId = m_community;
        m_unit = m_workspace->units().add(unit).value();
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void needFormValidatesAsTheClerkTypes()
    {
        NeedDialog dialog(*m_workspace, m_community, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        // Posted by the scope (the community) by default; no title yet: OK is off and says why.
        QCOMPARE(dialog.orgCombo()->currentId(), m_community);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!ok->toolTip().isEmpty());

        // The keyboard goes through the form in order: posted by, category, need, details, date.
        QWidget *focus = dialog.orgCombo();
        focus->setFocus();
        QList<QWidget *> order;
        for (int i = 0; i < 5; ++i) {
            order.append(focus);
            focus = focus->nextInFocusChain();
            while (focus && (!focus->isEnabled() || focus->focusPolicy() == Qt::NoFocus || !focus->isVisible()))
                focus = focus->nextInFocusChain();
        }
        QVERIFY(order.indexOf(dialog.categoryCombo()) > 0);
        QVERIFY(order.indexOf(dialog.titleEdit()) > order.indexOf(dialog.categoryCombo()));

        dialog.titleEdit()->setFocus();
        Typing::type(dialog.titleEdit(), QStringLiteral("老年食堂需要场地"));
        QVERIFY(ok->isEnabled());

        // A date that is no date: OK goes off again.
        dialog.postedEdit()->clear();
        Typing::type(dialog.postedEdit(), QStringLiteral("2026-02-30"));
        QVERIFY(!ok->isEnabled());

        // A date in the future passes the form but the service refuses it: the message shows at
        // the form, the dialog stays open, nothing is saved.
        dialog.postedEdit()->clear();
        const QDate tomorrow = QDate::currentDate().addDays(1);
        Typing::type(dialog.postedEdit(), tomorrow.toString(Qt::ISODate));
        QVERIFY(ok->isEnabled());
        const qint64 before = needCount();
        ok->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY2(dialog.problemLabel()->text().contains(tomorrow.toString(Qt::ISODate)), qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(needCount(), before);

        // Choose the grid by typing part of its name, today's date: saved with what was typed.
        dialog.orgCombo()->setFocus();
        dialog.orgCombo()->lineEdit()->selectAll();
        Typing::type(dialog.orgCombo()->lineEdit(), QStringLiteral("龙狮桥社区/第1网格"));
        QCOMPARE(dialog.orgCombo()->currentId(), m_grid);
        dialog.postedEdit()->clear();
        Typing::type(dialog.postedEdit(), QDate::currentDate().toString(Qt::ISODate));
        QTest::keyClick(dialog.postedEdit(), Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(needCount(), before + 1);
        const auto saved = m_workspace->needs().need(dialog.savedId());
        QVERIFY(saved);
        QCOMPARE(saved->orgId, m_grid);
        QCOMPARE(saved->title, QStringLiteral("老年食堂需要场地"));
        QCOMPARE(saved->state, NeedState::Open);
    }

    void listCategoriesAddRenameRetire()
    {
        const int before = int(m_workspace->needs().categories(true).size());
        ListCategoriesDialog dialog(m_workspace->needs());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), before);
        table->item(0, 0)->setText(QStringLiteral("活动场地"));
        table->item(1, 1)->setCheckState(Qt::Unchecked);
        table->insertRow(table->rowCount()); // as the Add button does
        auto *name = new QTableWidgetItem(QStringLiteral("法律服务"));
        name->setData(Qt::UserRole + 1, 0);
        table->setItem(table->rowCount() - 1, 0, name);
        auto *inUse = new QTableWidgetItem;
        inUse->setCheckState(Qt::Checked);
        table->setItem(table->rowCount() - 1, 1, inUse);
        QVERIFY(dialog.saveAll());
        const QList<CobuildCategory> all = m_workspace->needs().categories(true);
        QCOMPARE(all.size(), before + 1);
        QCOMPARE(all.first().name, QStringLiteral("活动场地"));
        QVERIFY(all.at(1).retired);
        QCOMPARE(all.last().name, QStringLiteral("法律服务"));
        QCOMPARE(m_workspace->needs().categories(false).size(), before); // one retired, one added

        // A name that is taken is refused at the dialog; nothing changes, the other rows' edits neither.
        ListCategoriesDialog again(m_workspace->needs());
        again.table()->item(0, 0)->setText(QStringLiteral("场地阵地"));
        again.table()->item(2, 0)->setText(QStringLiteral("法律服务"));
        QVERIFY(!again.saveAll());
        QCOMPARE(m_workspace->needs().categories(true).at(2).name, all.at(2).name);
        QCOMPARE(m_workspace->needs().categories(true).at(0).name, QStringLiteral("活动场地"));
        QCOMPARE(m_workspace->needs().categories(true).size(), all.size());
        // Bring the retired one back for the tests that follow.
        QVERIFY(m_workspace->needs().setCategoryRetired(all.at(1).id, false));
    }

    void pageShowsListsAndMatches()
    {
        Resource resource;
        resource.unitId = m_unit;
        resource.categoryId = m_workspace->needs().categories().first().id;
        resource.title = QStringLiteral("单位会议室周末开放");
        resource.availableFrom = QDate::currentDate().addDays(-10);
        QVERIFY(m_workspace->needs().addResource(resource));
        Need need;
        need.orgId = m_community;
        need.categoryId = resource.categoryId;
        need.title = QStringLiteral("党员活动室场地不足");
        need.postedOn = QDate::currentDate();
        const qint64 needId = m_workspace->needs().addNeed(need).value();

        CobuildPage page(*m_workspace);
        page.resize(1300, 760);
        page.setScope(m_community);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CobuildListTab *needs = page.tab(CobuildList::Needs);
        QAbstractItemModelTester tester(needs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester dueTester(page.dueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(needs->model()->rowCount(), 2);
        QCOMPARE(page.tabWidget()->count(), 8);
        // The community never met: it is due (or overdue) for its joint meeting.
        QVERIFY(page.dueModel()->rowCount() >= 1);
        QVERIFY(!page.attentionLabel()->text().isEmpty());

        page.tabWidget()->setCurrentWidget(needs);
        needs->select(needId);
        QCOMPARE(needs->currentId(), needId);
        QVERIFY(needs->detail()->toPlainText().contains(QStringLiteral("党员活动室场地不足")));

        MatchDialog match(*m_workspace, needId, need.title);
        QCOMPARE(match.suggestionCount(), 1);
        QCOMPARE(match.table()->item(0, 0)->text(), resource.title);
        match.accept();
        QCOMPARE(match.result(), int(QDialog::Accepted));
        QCOMPARE(m_workspace->needs().need(needId)->state, NeedState::Matched);
        // The page hears of the change and shows it.
        QTRY_VERIFY(needs->detail()->toPlainText().contains(resource.title));

        // Searching the list narrows it.
        Typing::type(needs->searchEdit(), QStringLiteral("食堂"));
        QCOMPARE(needs->table()->model()->rowCount(), 1);
    }

    /// An activity of a grid without an agreement, by keyboard: organisational life by default; a
    /// joint one cannot be finished without an agreement; the page's list shows it.
    void activityFormForAnyOrganisation()
    {
        ActivityDialog dialog(*m_workspace, 0, m_grid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("organisational_life"));
        QCOMPARE(dialog.orgCombo()->currentId(), m_grid);
        QCOMPARE(dialog.agreementCombo()->count(), 1); // (none): the grid signed nothing
        QVERIFY(!dialog.agreementCombo()->isEnabled()); // chosen for a joint activity only
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("activityTitle"));
        title->setFocus();
        Typing::type(title, QStringLiteral("主题党日：重温入党誓词"));
        QVERIFY(ok->isEnabled());
        // Joint: needs an agreement; OK goes off and says why.
        dialog.kindCombo()->setFocus();
        QTest::keyClick(dialog.kindCombo(), Qt::Key_Home);
        QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("joint"));
        QVERIFY(dialog.agreementCombo()->isEnabled());
        QVERIFY(!ok->isEnabled());
        QVERIFY(ok->toolTip().contains(QStringLiteral("agreement")));
        QTest::keyClick(dialog.kindCombo(), Qt::Key_End);
        QCOMPARE(dialog.kindCombo()->currentData().toString(), QStringLiteral("volunteer_service"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problemLabel()->text()));
        const auto saved = m_workspace->activities().activity(dialog.savedId());
        QVERIFY(saved);
        QCOMPARE(saved->orgId, m_grid);
        QCOMPARE(saved->kind, ActivityKind::VolunteerService);
        QCOMPARE(saved->agreementId, 0);

        CobuildPage page(*m_workspace);
        page.resize(1300, 760);
        page.setScope(m_community);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CobuildListTab *activities = page.tab(CobuildList::Activities);
        QAbstractItemModelTester tester(activities->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(activities->model()->rowCount(), 1);
        activities->select(dialog.savedId());
        QVERIFY(activities->detail()->toPlainText().contains(QStringLiteral("第1网格")));
    }

    /// A grid's council: the grid is not offered for a joint meeting; chosen by keyboard, the
    /// grid party-and-people council lists it, and it is saved with its kind.
    void meetingFormForCouncils()
    {
        MeetingDialog dialog(*m_workspace, m_grid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("meetingKind"));
        auto *org = dialog.findChild<OrgCombo *>(QStringLiteral("meetingOrg"));
        QVERIFY(kind && org);
        // Opened on a grid: the grid's council, the grid holding it.
        QCOMPARE(kind->currentData().toString(), QStringLiteral("grid_party_mass"));
        QCOMPARE(org->currentId(), m_grid);
        // Joint: the grid is not offered; back to the council, it is chosen again.
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Home);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("joint"));
        QCOMPARE(org->findData(m_grid), -1);
        while (kind->currentData().toString() != QLatin1String("grid_party_mass") && kind->currentIndex() < kind->count() - 1)
            QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("grid_party_mass"));
        QCOMPARE(org->currentId(), m_grid);
        QCOMPARE(org->count(), 1);
        auto *topics = dialog.findChildren<QPlainTextEdit *>().value(0);
        topics->setFocus();
        Typing::type(topics, QStringLiteral("电动车集中充电点选址"));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problemLabel()->text()));
        const auto saved = m_workspace->meetings().meeting(dialog.savedId());
        QVERIFY(saved);
        QCOMPARE(saved->kind, MeetingKind::GridPartyMass);
        QCOMPARE(saved->orgId, m_grid);
    }

    /// Units from the office's own list: a GBK CSV checked first (a grid as the place refused,
    /// the row and column named, nothing written), then fixed and imported in one go.
    void unitsImportedFromTheOfficesList()
    {
        const QString path = m_dir.filePath(QStringLiteral("驻区单位.csv"));
        const auto write = [&](const QString &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QStringEncoder("GBK")(text));
        };
        write(QStringLiteral("单位名称,单位类型,所在街道社区,联系电话\r\n"
                             "迎江区第一中学,学校,龙狮桥社区,0556-5512345\r\n"
                             "网格便民超市,非公企业,第1网格,\r\n"));
        const int before = int(m_workspace->units().units().size());
        UnitImportDialog dialog(*m_workspace);
        QVERIFY(!dialog.checkFile(path));
        QCOMPARE(dialog.problemsTable()->rowCount(), 1);
        QCOMPARE(dialog.problemsTable()->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(dialog.previewTable()->rowCount(), 1);
        QCOMPARE(dialog.previewTable()->item(0, 1)->text(), QStringLiteral("迎江区第一中学"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.importChecked());
        QCOMPARE(int(m_workspace->units().units().size()), before);

        write(QStringLiteral("单位名称,单位类型,所在街道社区,联系电话\r\n"
                             "迎江区第一中学,学校,龙狮桥社区,0556-5512345\r\n"
                             "网格便民超市,非公企业,龙狮桥社区,\r\n"));
        QVERIFY(dialog.checkFile(path));
        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy changed(&m_workspace->units(), &UnitService::changed);
        QVERIFY(dialog.importChecked());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(int(m_workspace->units().units().size()), before + 2);
    }
};

QTEST_MAIN(TestCobuildPage)
#include "test_cobuildpage.moc"
