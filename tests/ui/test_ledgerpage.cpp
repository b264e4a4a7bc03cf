// The ledger page by keyboard: quick entry (Enter saves, the grid and category stay), the item's
// clock and buttons, a step through the dialog.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "common/DateLineEdit.h"
#include "ledger/LedgerDetail.h"
#include "ledger/LedgerPage.h"
#include "ledger/LedgerQuickEntry.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStepDialog.h"
#include "ledger/LedgerTableModel.h"
#include "ledger/WeeklySummaryDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace TestSupport;

class TestLedgerPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_grid = 0, m_grid2 = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("page.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs, community, OrgKind::Grid, QStringLiteral("第1网格"));
        m_grid2 = add(orgs, community, OrgKind::Grid, QStringLiteral("第2网格"));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void quickEntryByKeyboard()
    {
        LedgerPage page(*m_workspace);
        page.setScope(m_grid2);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        LedgerQuickEntry *entry = page.quickEntry();
        auto *grid = entry->findChild<QComboBox *>(QStringLiteral("gridCombo"));
        QCOMPARE(grid->count(), 1); // the scope's own grid
        auto *category = entry->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findText(QStringLiteral("安全隐患")));
        auto *title = entry->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->setFocus();
        Typing::type(title, QStringLiteral("大树倾斜倒在围墙上"));
        QTest::keyClick(title, Qt::Key_Tab);
        Typing::type(QApplication::focusWidget(), QStringLiteral("华中西路38号"));
        QSignalSpy saved(entry, &LedgerQuickEntry::saved);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(saved.count(), 1);
        const qint64 id = saved.first().at(0).toLongLong();
        const auto item = *m_workspace->ledger().repository().find(id);
        QCOMPARE(item.title, QStringLiteral("大树倾斜倒在围墙上"));
        QCOMPARE(item.location, QStringLiteral("华中西路38号"));
        QCOMPARE(item.orgId, m_grid2);
        // Ready for the next: the text is gone, the category stays, the cursor is in the title.
        QVERIFY(title->text().isEmpty());
        QCOMPARE(category->currentText(), QStringLiteral("安全隐患"));
        QCOMPARE(QApplication::focusWidget(), title);
        // The table shows it, the detail its clock and the steps possible now.
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.table()->selectRow(0);
        QCOMPARE(page.detail()->itemId(), id);
        QVERIFY(page.detail()->clockLabel()->text().contains(QStringLiteral("working day")));
        QStringList buttons;
        for (QPushButton *button : page.detail()->actionButtons())
            buttons.append(button->objectName());
        QCOMPARE(buttons, (QStringList{QStringLiteral("action_accept"), QStringLiteral("action_close")}));
        // An empty title is refused where the clerk sees it.
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(saved.count(), 1);
    }

    void stepDialog()
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_workspace->ledger().repository().categories().first().id;
        item.title = QStringLiteral("路灯不亮");
        item.recordedOn = QDate::currentDate().addDays(-3);
        const qint64 id = m_workspace->ledger().add(item, QStringLiteral("王芳")).value();
        LedgerStepDialog dialog(LedgerAction::Close, m_workspace->members(), m_grid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChildren<QPushButton *>().first();
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == LedgerFlow::displayName(LedgerAction::Close))
                ok = button;
        }
        QVERIFY(!ok->isEnabled()); // a close needs its result
        Typing::type(dialog.noteEdit(), QStringLiteral("已更换灯泡"));
        QVERIFY(ok->isEnabled());
        QVERIFY(m_workspace->ledger().act(id, dialog.step()).ok());
        QCOMPARE(m_workspace->ledger().repository().find(id)->result, QStringLiteral("已更换灯泡"));

        WeeklySummaryDialog weekly(*m_workspace, m_grid);
        weekly.setDay(QDate::currentDate());
        QVERIFY(weekly.html().contains(QStringLiteral("Weekly summary")));
    }
};

QTEST_MAIN(TestLedgerPage)
#include "test_ledgerpage.moc"
