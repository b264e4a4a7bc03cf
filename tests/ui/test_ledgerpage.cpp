// The ledger page by keyboard: quick entry (Enter saves, the grid and category stay), the item's
// clock and buttons, a step through the dialog.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "common/DateLineEdit.h"
#include "common/OfficeStyle.h"
#include "common/PathCompleter.h"
#include "core/Language.h"
#include "main/MainWindow.h"
#include "ledger/LedgerDetail.h"
#include "ledger/LedgerPage.h"
#include "ledger/LedgerQuickEntry.h"
#include "ledger/LedgerService.h"
#include "ledger/LedgerStepDialog.h"
#include "ledger/WhistleCatalogue.h"
#include "ledger/GridStaffDialog.h"
#include "gridstaff/GridStaffScoreModel.h"
#include "roles/RoleService.h"
#include "ledger/LedgerTableModel.h"
#include "ledger/WeeklySummaryDialog.h"
#include "store/RecordVersion.h"
#include "points/PointsService.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QCompleter>
#include <QHeaderView>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace TestSupport;

class TestLedgerPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_community = 0, m_grid = 0, m_grid2 = 0;

    /// An item recorded today in the first grid by 张敏.
    qint64 recordToday(const QString &title)
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_workspace->ledger().repository().categories().first().id;
        item.title = title;
        item.recordedOn = QDate::currentDate();
        return m_workspace->ledger().add(item, QStringLiteral("张敏")).value();
    }

    /// The page shown on the first grid with the item chosen in its table.
    void showItem(LedgerPage &page, qint64 id)
    {
        page.setScope(m_grid);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.model()->rowCount() > 0);
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->data(page.model()->index(row, 0)).toLongLong() == id)
                page.table()->selectRow(row);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("page.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        m_grid2 = add(orgs, m_community, OrgKind::Grid, QStringLiteral("第2网格"));
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

    /// The grid box finds 龙狮桥社区 › 第2网格 from 龙狮桥社区第2: the separator is not typed.
    void gridFoundAcrossTheSeparator()
    {
        LedgerPage page(*m_workspace);
        page.setScope(m_community);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        LedgerQuickEntry *entry = page.quickEntry();
        auto *grid = entry->findChild<QComboBox *>(QStringLiteral("gridCombo"));
        QCOMPARE(grid->count(), 3); // the community and its two grids
        auto *title = entry->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QSignalSpy saved(entry, &LedgerQuickEntry::saved);

        // Both grids hold 网格: the clerk must say which.
        grid->lineEdit()->selectAll();
        grid->lineEdit()->setFocus();
        Typing::type(grid->lineEdit(), QStringLiteral("网格"));
        title->setFocus();
        Typing::type(title, QStringLiteral("小区门口积水"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(saved.count(), 0);

        grid->lineEdit()->setFocus();
        grid->lineEdit()->selectAll();
        Typing::type(grid->lineEdit(), QStringLiteral("龙狮桥社区第2"));
        QCOMPARE(grid->completer()->completionModel()->rowCount(), 1); // the popup offers the one grid
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_workspace->ledger().repository().find(saved.first().at(0).toLongLong())->orgId, m_grid2);
        QCOMPARE(grid->currentText(), QStringLiteral("龙狮桥社区 › 第2网格")); // the grid with its community
        // Parts typed apart are found in turn.
        grid->lineEdit()->setFocus();
        grid->lineEdit()->selectAll();
        Typing::type(grid->lineEdit(), QStringLiteral("龙狮 1"));
        QCOMPARE(grid->completer()->completionModel()->rowCount(), 1);
        QCOMPARE(PathCompleter::chosenRow(grid), grid->findData(m_grid));
    }

    /// Newest first reads as a down arrow, as in Excel and WPS; ascending points up.
    void sortArrowPointsAsInOfficePrograms()
    {
        OfficeStyle style;
        // The widths of the arrow's first and last drawn rows.
        const auto ends = [&style](Qt::SortOrder order) {
            QImage image(24, 24, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QStyleOptionHeader option;
            option.rect = image.rect();
            option.palette.setColor(QPalette::ButtonText, Qt::black);
            option.palette.setColor(QPalette::Text, Qt::black);
            option.palette.setColor(QPalette::WindowText, Qt::black);
            // As QHeaderView marks it.
            option.sortIndicator = order == Qt::AscendingOrder ? QStyleOptionHeader::SortDown : QStyleOptionHeader::SortUp;
            QPainter painter(&image);
            style.drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter);
            painter.end();
            QList<int> widths;
            for (int y = 0; y < image.height(); ++y) {
                int dark = 0;
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
                if (dark > 0)
                    widths.append(dark);
            }
            return widths.isEmpty() ? std::pair{0, 0} : std::pair{widths.first(), widths.last()};
        };
        const auto [ascTop, ascBottom] = ends(Qt::AscendingOrder);
        QVERIFY2(ascTop < ascBottom, "ascending points up");
        const auto [descTop, descBottom] = ends(Qt::DescendingOrder);
        QVERIFY2(descTop > descBottom, "descending points down");
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

    /// Escalated for a matter of the catalogue through the item's detail: the dialog offers the
    /// matters and says whom each summons; the departments then report in by name from a list,
    /// and the detail offers only the steps the summons leave possible. A dispatch names a unit of
    /// the register and takes the item's due date as its time limit.
    void handlingThroughTheDetail()
    {
        WhistleMatter matter;
        matter.name = QStringLiteral("占道经营");
        const qint64 matterId = m_workspace->whistles().saveMatter(matter, {QStringLiteral("区城管局"), QStringLiteral("区市场监管局")}).value();
        const qint64 id = recordToday(QStringLiteral("门店占道经营"));
        LedgerStep accept;
        accept.action = LedgerAction::Accept;
        QVERIFY(m_workspace->ledger().act(id, accept).ok());
        LedgerPage page(*m_workspace);
        showItem(page, id);
        QCOMPARE(page.detail()->itemId(), id);
        const auto button = [&](const QString &code) -> QPushButton * {
            for (QPushButton *candidate : page.detail()->actionButtons()) {
                if (candidate->objectName() == QLatin1String("action_") + code)
                    return candidate;
            }
            return nullptr;
        };
        QStringList offered;
        QString summons;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<LedgerStepDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (int i = 0; i < dialog->choiceCombo()->count(); ++i)
                offered.append(dialog->choiceCombo()->itemText(i));
            for (QLabel *label : dialog->findChildren<QLabel *>())
                summons += label->text();
            QCOMPARE(dialog->step().matterId, matterId);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QVERIFY(button(QStringLiteral("escalate")));
        button(QStringLiteral("escalate"))->click();
        QCOMPARE(offered.size(), 1);
        QVERIFY(offered.at(0).startsWith(QStringLiteral("占道经营")));
        QVERIFY(summons.contains(QStringLiteral("区城管局、区市场监管局")));
        QCOMPARE(m_workspace->ledger().repository().find(id)->state, LedgerState::Escalated);
        QTRY_VERIFY(button(QStringLiteral("report")));
        QVERIFY(!button(QStringLiteral("close"))); // not while the departments are summoned

        QStringList departments;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<LedgerStepDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (int i = 0; i < dialog->choiceCombo()->count(); ++i)
                departments.append(dialog->choiceCombo()->itemText(i));
            dialog->choiceCombo()->setCurrentIndex(1);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        button(QStringLiteral("report"))->click();
        QCOMPARE(departments, (QStringList{QStringLiteral("区城管局"), QStringLiteral("区市场监管局")}));
        const QList<Summons> summoned = m_workspace->ledger().summons().of(id);
        QVERIFY(!summoned.at(0).reportedOn.isValid());
        QCOMPARE(summoned.at(1).reportedOn, QDate::currentDate());
        // One still to report in, one at work: both offered, closing still not.
        QTRY_VERIFY(button(QStringLiteral("report_done")));
        QVERIFY(button(QStringLiteral("report")));
        QVERIFY(!button(QStringLiteral("close")));

        // A dispatch to a unit of the register, by keyboard in the unit's list.
        LedgerStepChoices choices;
        choices.units = {{41, QStringLiteral("安庆市自来水公司")}};
        choices.due = QDate::currentDate().addDays(10);
        LedgerStepDialog dispatch(LedgerAction::Dispatch, m_workspace->members(), m_grid, choices);
        dispatch.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dispatch));
        dispatch.unitCombo()->setFocus();
        QTest::keyClick(dispatch.unitCombo(), Qt::Key_Down);
        QCOMPARE(dispatch.toEdit()->text(), QStringLiteral("安庆市自来水公司"));
        QCOMPARE(dispatch.limitEdit()->date(), choices.due);
        QCOMPARE(dispatch.step().toUnitId, 41);
        QVERIFY(dispatch.step().to.isEmpty());
        // Typing a volunteer's name instead leaves the unit.
        Typing::type(dispatch.toEdit(), QStringLiteral("志愿者 李明"));
        QCOMPARE(dispatch.step().toUnitId, 0);
        QVERIFY(dispatch.step().to.endsWith(QStringLiteral("李明")));
    }

    /// The grid staff's dialog: a visit logged from its form shows in the list and in the
    /// quarter's assessment; a quarter written wrong is said; the assessment prints as a table.
    void gridStaffDialog()
    {
        Role worker;
        worker.orgId = m_grid;
        worker.kind = RoleKind::GridWorker;
        worker.personName = QStringLiteral("孙玉萍");
        const qint64 roleId = m_workspace->roles().add(worker).value();
        GridStaffDialog dialog(*m_workspace, m_community);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *staff = dialog.findChild<QComboBox *>();
        QVERIFY(staff);
        bool offered = false;
        for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            for (int i = 0; i < combo->count(); ++i)
                offered = offered || combo->itemData(i).toLongLong() == roleId;
        }
        QVERIFY(offered);
        for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            const int index = combo->findData(roleId);
            if (index >= 0)
                combo->setCurrentIndex(index);
        }
        for (QDoubleSpinBox *hours : dialog.findChildren<QDoubleSpinBox *>())
            hours->setValue(5.5);
        QVERIFY(dialog.logVisit());
        const auto row = [&]() -> int {
            for (int r = 0; r < dialog.scores()->rowCount(); ++r) {
                if (dialog.scores()->scores().at(r).roleId == roleId)
                    return r;
            }
            return -1;
        };
        QVERIFY(row() >= 0);
        QCOMPARE(dialog.scores()->scores().at(row()).visits, 1); // the running week's visits count
        QCOMPARE(dialog.scores()->scores().at(row()).minutes, 330);
        QVERIFY(dialog.html().contains(QStringLiteral("孙玉萍")));
        QVERIFY(dialog.html().contains(QStringLiteral("<table")));
        dialog.quarterEdit()->setText(QStringLiteral("2026Q5"));
        Q_EMIT dialog.quarterEdit()->editingFinished();
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        bool said = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("2026Q4"));
        QVERIFY(said);
    }

    /// 张敏 has the item open while 王丽, at another desk, accepts it: 张敏's accept is refused in
    /// the step dialog, with who took the step and when, and nothing is written twice.
    void stepOnAnItemMovedMeanwhileIsRefused()
    {
        const qint64 id = recordToday(QStringLiteral("井盖松动"));
        LedgerPage page(*m_workspace);
        showItem(page, id);
        QCOMPARE(page.detail()->itemId(), id);

        auto other = m_workspace->database().openForThread();
        QVERIFY(other.ok());
        other.value()->setActor(QStringLiteral("王丽"));
        PointsService points(*other.value());
        LedgerService theirs(*other.value(), points);

        QPushButton *button = nullptr;
        for (QPushButton *candidate : page.detail()->actionButtons()) {
            if (candidate->objectName() == QLatin1String("action_accept"))
                button = candidate;
        }
        QVERIFY(button);
        QString said;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<LedgerStepDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // While the dialog is open, 王丽 accepts the item and the window hears of it.
            LedgerStep accept;
            accept.action = LedgerAction::Accept;
            QVERIFY(theirs.act(id, accept).ok());
            m_workspace->announceChanges({QStringLiteral("ledger_item")});
            QTest::keyClick(dialog, Qt::Key_Return); // OK
            said = dialog->findChild<QLabel *>(QStringLiteral("stepProblem"))->text();
            dialog->reject();
        });
        button->click();
        // The item stays chosen, shown as it is now.
        QCOMPARE(page.detail()->itemId(), id);
        QTRY_VERIFY(page.detail()->actionButtons().size() > 0);
        for (QPushButton *shown : page.detail()->actionButtons())
            QVERIFY(shown->objectName() != QLatin1String("action_accept"));
        QCOMPARE(said, RecordVersion::changedBy(QStringLiteral("王丽"), QDateTime::currentDateTime()));
        QCOMPARE(m_workspace->ledger().repository().events(id).size(), 2); // recorded, accepted once
    }

    /// The table as the clerk reads it at 1366×768: the grid with its community, the time left in
    /// sight, the arrow on the order the rows are in, the count with digit grouping.
    void tableReadsAsItShows()
    {
        LedgerItem item;
        item.orgId = m_grid;
        item.categoryId = m_workspace->ledger().repository().categories().first().id;
        item.title = QStringLiteral("楼道堆放杂物");
        item.recordedOn = QDate::currentDate().addDays(-1);
        QVERIFY(m_workspace->ledger().add(item, QStringLiteral("王芳")).ok());
        MainWindow window(*m_workspace);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showLedgerPage();
        LedgerPage *page = window.ledgerPage();
        QTableView *table = page->table();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        const int row = page->model()->rowOf(page->model()->idAt(0));
        QCOMPARE(page->model()->index(row, LedgerTableModel::OrgColumn).data().toString().section(QStringLiteral(" › "), 0, 0),
                 QStringLiteral("龙狮桥社区"));

        QHeaderView *header = table->horizontalHeader();
        const int clockRight = header->sectionViewportPosition(LedgerTableModel::ClockColumn)
                               + header->sectionSize(LedgerTableModel::ClockColumn);
        QVERIFY2(clockRight <= table->viewport()->width(),
                 qPrintable(QStringLiteral("time limit ends at %1 of %2 px").arg(clockRight).arg(table->viewport()->width())));
        QVERIFY(header->sectionViewportPosition(LedgerTableModel::StateColumn) + header->sectionSize(LedgerTableModel::StateColumn)
                <= table->viewport()->width());

        // Newest first, and the arrow says so; a column the table cannot sort by leaves it there.
        QCOMPARE(header->sortIndicatorSection(), int(LedgerTableModel::RecordedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(LedgerTableModel::TitleColumn) + 5, header->height() / 2));
        QTRY_COMPARE(header->sortIndicatorSection(), int(LedgerTableModel::RecordedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // By due date: soonest first, however often it is clicked.
        for (int click = 0; click < 2; ++click) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(LedgerTableModel::DueColumn) + 5, header->height() / 2));
            QTRY_COMPARE(header->sortIndicatorSection(), int(LedgerTableModel::DueColumn));
            QTRY_COMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        }

        auto *count = page->findChild<QLabel *>(QStringLiteral("ledgerCount"));
        Language::apply(QStringLiteral("en")); // as the program starts: English with its plural forms
        Q_EMIT page->model()->countReady(1000002);
        QCOMPARE(count->text(), QStringLiteral("1,000,002 items"));
        Q_EMIT page->model()->countReady(1);
        QCOMPARE(count->text(), QStringLiteral("1 item"));
        Language::apply(QStringLiteral("zh_CN"));
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("共 ")));
        Q_EMIT page->model()->countReady(1000002);
        QCOMPARE(count->text(), QStringLiteral("共 1,000,002 件"));
        Language::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLedgerPage)
#include "test_ledgerpage.moc"
