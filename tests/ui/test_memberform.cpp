// The member's form driven by the keyboard: the ID number fills birth date and gender, mistakes
// are named as typed, a likely duplicate is checked, and the import dialog lists bad lines.

#include "TestSupport.h"
#include "core/Language.h"
#include "org/AddRoleDialog.h"
#include "common/DateLineEdit.h"
#include "roles/RoleService.h"
#include "ui/Typing.h"

#include "members/IdNumber.h"
#include "members/MemberForm.h"
#include "members/MemberImportDialog.h"
#include "members/MemberPickerDialog.h"
#include "org/HouseholdBox.h"
#include "org/OrgPickerDialog.h"
#include "org/OrgPage.h"
#include "members/MemberService.h"
#include "members/MembersPage.h"
#include "store/RecordVersion.h"
#include "members/MemberTableModel.h"
#include "points/PointsPanel.h"
#include "points/PointsService.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QScopeGuard>
#include <QTimer>

using namespace TestSupport;

class TestMemberForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_grid = 0;

    template <typename T>
    static T *field(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("form.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        const qint64 community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(orgs, community, OrgKind::Grid, QStringLiteral("第1网格"));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void idNumberFillsAndChecks()
    {
        MemberForm form(m_workspace->members(), m_workspace->organisations());
        form.setMember(Member{});
        form.setBranch(m_grid);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(!form.isValid());
        auto *name = field<QLineEdit>(&form, "nameEdit");
        name->setFocus();
        Typing::type(name, QStringLiteral("孙玉萍"));
        const QString id = IdNumber::make(QStringLiteral("340802"), QDate(1968, 4, 12), Gender::Female, 50);
        auto *idEdit = field<QLineEdit>(&form, "idNumberEdit");
        idEdit->setFocus();
        Typing::type(idEdit, id.left(17));
        QVERIFY(!field<QLineEdit>(&form, "birthEdit")->text().startsWith(QStringLiteral("1968")));
        Typing::type(idEdit, id.right(1));
        QCOMPARE(field<QLineEdit>(&form, "birthEdit")->text(), QStringLiteral("1968-04-12"));
        QCOMPARE(field<QComboBox>(&form, "genderCombo")->currentIndex(), 1);
        // Joined before 18: named at once.
        auto *joined = field<QLineEdit>(&form, "joinedEdit");
        joined->setFocus();
        Typing::type(joined, QStringLiteral("1985-01-01"));
        QVERIFY(!form.isValid());
        QVERIFY(field<QLabel>(&form, "problemsLabel")->text().contains(QStringLiteral("18th birthday")));
        joined->selectAll();
        Typing::type(joined, QStringLiteral("1995-07-01"));
        auto *phone = field<QLineEdit>(&form, "phoneEdit");
        phone->setFocus();
        Typing::type(phone, QStringLiteral("1390556"));
        QVERIFY(!form.isValid());
        Typing::type(phone, QStringLiteral("1234"));
        QVERIFY2(form.isValid(), qPrintable(form.problems().join(QLatin1Char('\n'))));
        // The gender against the number: a mismatch is named.
        field<QComboBox>(&form, "genderCombo")->setCurrentIndex(0);
        Q_EMIT field<QComboBox>(&form, "genderCombo")->activated(0);
        QVERIFY(!form.isValid());
        QVERIFY(form.problems().join(QLatin1Char(' ')).contains(QStringLiteral("ID number belongs to")));
        QVERIFY(form.findChild<QLabel *>(QStringLiteral("probationLabel"))->text().contains(QStringLiteral("Probationary")));
    }

    void pageSavesAndShowsPoints()
    {
        MembersPage page(*m_workspace);
        page.setScope(m_grid);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.newMember();
        Typing::type(field<QLineEdit>(page.form(), "nameEdit"), QStringLiteral("王建国"));
        auto *birth = field<QLineEdit>(page.form(), "birthEdit");
        birth->setFocus();
        Typing::type(birth, QStringLiteral("1950-03-08"));
        auto *joined = field<QLineEdit>(page.form(), "joinedEdit");
        joined->setFocus();
        Typing::type(joined, QStringLiteral("1976-05-04"));
        auto *full = field<QLineEdit>(page.form(), "fullMemberEdit");
        full->setFocus();
        Typing::type(full, QStringLiteral("1977-05-04"));
        QVERIFY2(page.form()->isValid(), qPrintable(page.form()->problems().join(QLatin1Char('\n'))));
        QTest::keyClick(full, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(page.currentMemberId() > 0);
        QCOMPARE(page.model()->totalCount(), 1);
        QCOMPARE(page.table()->model()->index(0, MemberTableModel::NameColumn).data().toString(), QStringLiteral("王建国"));
        QVERIFY(page.countLabel()->text().contains(QStringLiteral("1")));
        QVERIFY(m_workspace->points().award(page.currentMemberId(), QDate(2026, 3, 1), 10, QStringLiteral("志愿服务")).ok());
        QVERIFY(page.pointsPanel()->balanceLabel()->text().contains(QStringLiteral("10")));
    }

    /// Another clerk saves the member shown: read again when the page is told (on a server, within
    /// a second of their commit), unless the clerk here is editing it — then the edits stay and
    /// saving says who changed the member.
    void memberChangedElsewhereIsReadAgain()
    {
        Member m;
        m.orgId = m_grid;
        m.name = QStringLiteral("陈桂兰");
        m.birthDate = QDate(1962, 8, 1);
        m.joinedOn = QDate(1990, 7, 1);
        m.fullMemberOn = QDate(1991, 7, 1);
        const qint64 id = m_workspace->members().add(m).value();
        MembersPage page(*m_workspace);
        page.setScope(m_grid);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showMember(id);
        auto *phone = field<QLineEdit>(page.form(), "phoneEdit");
        QVERIFY(phone->text().isEmpty());

        auto other = m_workspace->database().openForThread();
        QVERIFY(other.ok());
        other.value()->setActor(QStringLiteral("王丽"));
        MemberService theirs(*other.value());
        Member changed = *theirs.repository().find(id);
        changed.phone = QStringLiteral("13905560001");
        QVERIFY(theirs.update(changed).ok());
        m_workspace->announceChanges({QStringLiteral("member")});
        QCOMPARE(phone->text(), QStringLiteral("13905560001"));

        // Being edited here: kept, and the save over a later change refused with who made it.
        auto *name = field<QLineEdit>(page.form(), "nameEdit");
        name->setFocus();
        name->end(false);
        Typing::type(name, QStringLiteral("英"));
        QVERIFY(page.form()->isModified());
        changed = *theirs.repository().find(id);
        changed.phone = QStringLiteral("13905560002");
        QVERIFY(theirs.update(changed).ok());
        m_workspace->announceChanges({QStringLiteral("member")});
        QCOMPARE(phone->text(), QStringLiteral("13905560001"));
        const Outcome refused = m_workspace->members().update(page.form()->member());
        QCOMPARE(refused.error(), RecordVersion::changedBy(QStringLiteral("王丽"), QDateTime::currentDateTime()));
        page.form()->setModified(false);
    }

    /// On the members page as tall as the office screen leaves it, what keeps a member from being
    /// saved is in sight above 保存, however far down the form the wrong field is; and the
    /// probation note squeezes no row.
    void errorsInSightAndRowsKept_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void errorsInSightAndRowsKept()
    {
        QFETCH(QString, language);
        Language::apply(language);
        const auto english = qScopeGuard([] { Language::apply(QStringLiteral("en")); });
        MembersPage page(*m_workspace);
        page.setScope(m_grid);
        page.resize(1040, 640); // the page's share of 1366×768
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        page.newMember();
        Typing::type(field<QLineEdit>(page.form(), "nameEdit"), QStringLiteral("周红梅"));
        auto *joined = field<QLineEdit>(page.form(), "joinedEdit");
        joined->setFocus();
        Typing::type(joined, QStringLiteral("2026-03-01")); // probationary: the note shows
        auto *hours = field<QLineEdit>(page.form(), "serviceHoursEdit"); // the form's far end
        hours->setFocus();
        Typing::type(hours, QStringLiteral("十二"));
        auto *problems = page.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        QVERIFY(problems);
        QTRY_VERIFY(problems->isVisible());
        QVERIFY(!problems->text().isEmpty());
        // Not inside the scrolled form: in the page's own rectangle, fully.
        QVERIFY(!page.form()->isAncestorOf(problems));
        const QRect shown(problems->mapTo(&page, QPoint(0, 0)), problems->size());
        QVERIFY2(page.rect().contains(shown), qPrintable(QStringLiteral("problems at %1,%2 %3×%4 in a page of %5×%6")
                                                             .arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())
                                                             .arg(page.width()).arg(page.height())));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveMemberButton"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(save->toolTip(), problems->text());

        auto *note = field<QLabel>(page.form(), "probationLabel");
        QVERIFY(note->isVisible() && !note->text().isEmpty());
        for (const char *name : {"categoryCombo", "phoneEdit", "genderCombo"}) {
            auto *widget = field<QWidget>(page.form(), name);
            QVERIFY2(widget->height() >= widget->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("%1 is %2 px high").arg(QLatin1String(name)).arg(widget->height())));
            QVERIFY2(!widget->geometry().intersects(note->geometry()), name);
        }
    }

    /// The branch picker takes what its search found: type, Enter, and the member is saved in the
    /// organisation found — not in the one chosen before the search.
    void pickerTakesSearchResult()
    {
        const qint64 community = *m_workspace->organisations().repository().findByPath(QStringLiteral("迎江区/新河路街道/龙狮桥社区"));
        const qint64 target = add(m_workspace->organisations(), community, OrgKind::Grid, QStringLiteral("光明网格"));
        MembersPage page(*m_workspace);
        page.setScope(m_grid);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.newMember();
        Typing::type(field<QLineEdit>(page.form(), "nameEdit"), QStringLiteral("李光明"));
        for (const auto &[name, date] : {std::pair{"birthEdit", "1960-01-02"}, std::pair{"joinedEdit", "1985-07-01"},
                                         std::pair{"fullMemberEdit", "1986-07-01"}}) {
            auto *edit = field<QLineEdit>(page.form(), name);
            edit->setFocus();
            Typing::type(edit, QString::fromLatin1(date));
        }
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog = qobject_cast<OrgPickerDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *search = dialog->findChild<QLineEdit *>();
            QVERIFY(search);
            search->setFocus();
            Typing::type(search, QStringLiteral("光明"));
            QTest::keyClick(search, Qt::Key_Return);
            answered = true;
        });
        field<QPushButton>(page.form(), "chooseBranchButton")->click();
        QVERIFY(answered);
        QVERIFY2(page.form()->isValid(), qPrintable(page.form()->problems().join(QLatin1Char('\n'))));
        QVERIFY(page.save());
        const auto saved = m_workspace->members().repository().find(page.currentMemberId());
        QVERIFY(saved);
        QCOMPARE(saved->orgId, target);
    }

    void householdPageShowsItsMember()
    {
        OrgService &orgs = m_workspace->organisations();
        const qint64 household = add(orgs, m_grid, OrgKind::Household, QStringLiteral("赵敏党员中心户"));
        Member m;
        m.orgId = m_grid;
        m.name = QStringLiteral("赵敏");
        m.gender = Gender::Female;
        m.birthDate = QDate(1966, 6, 6);
        m.joinedOn = QDate(1990, 7, 1);
        m.fullMemberOn = QDate(1991, 7, 1);
        const auto id = m_workspace->members().add(m);
        QVERIFY(id.ok());
        OrgPage page(orgs, m_workspace->roles(), m_workspace->members());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showOrganisation(household);
        QVERIFY(page.householdBox()->isVisible());
        QVERIFY(page.householdBox()->memberLabel()->text().contains(QStringLiteral("No member")));
        QVERIFY(m_workspace->members().linkHousehold(household, id.value()).ok());
        QVERIFY(page.householdBox()->memberLabel()->text().contains(QStringLiteral("赵敏")));
        // The member's own form says which household they head.
        MemberForm form(m_workspace->members(), orgs);
        form.setMember(*m_workspace->members().repository().find(id.value()));
        QVERIFY2(form.findChild<QLineEdit *>(QStringLiteral("branchEdit"))->text().contains(QStringLiteral("赵敏党员中心户")),
                 qPrintable(form.findChild<QLineEdit *>(QStringLiteral("branchEdit"))->text()));
        page.showOrganisation(m_grid);
        QVERIFY(!page.householdBox()->isVisible());
        MemberPickerDialog picker(m_workspace->members(), m_grid, QStringLiteral("pick"));
        Typing::type(picker.searchEdit(), QStringLiteral("赵"));
        QTRY_COMPARE(picker.resultsList()->count(), 1);
        QCOMPARE(picker.chosenId(), id.value());
    }

    void roleLinkedToMemberWithTerm()
    {
        Member m;
        m.orgId = m_grid;
        m.name = QStringLiteral("钱伟");
        m.birthDate = QDate(1975, 3, 3);
        m.joinedOn = QDate(2000, 7, 1);
        m.fullMemberOn = QDate(2001, 7, 1);
        m.phone = QStringLiteral("13955501234");
        const auto id = m_workspace->members().add(m);
        QVERIFY(id.ok());
        AddRoleDialog dialog(m_workspace->roles(), m_grid, true, nullptr, &m_workspace->members());
        dialog.linkMember(id.value());
        dialog.untilEdit()->setDate(QDate(2027, 12, 31));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<Role> roles = m_workspace->roles().roles(m_grid, true);
        const auto role = std::find_if(roles.begin(), roles.end(), [&](const Role &r) { return r.memberId == id.value(); });
        QVERIFY(role != roles.end());
        QCOMPARE(role->personName, QStringLiteral("钱伟"));
        QCOMPARE(role->phone, QStringLiteral("13955501234"));
        QCOMPARE(role->endedOn, QDate(2027, 12, 31));
        // An end before the start is refused at the dialog, nothing saved.
        AddRoleDialog bad(m_workspace->roles(), m_grid, true, nullptr, &m_workspace->members());
        bad.linkMember(id.value());
        bad.untilEdit()->setDate(QDate(2000, 1, 1));
        bad.accept();
        QCOMPARE(bad.result(), int(QDialog::Rejected));
        QCOMPARE(m_workspace->roles().roles(m_grid, true).size(), roles.size());
    }

    void importDialogListsBadLines()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("name,gender,birth_date,joined_on,phone,organisation,category\n"
                                  "李静,女,1980-01-01,2005-01-01,,迎江区/新河路街道/龙狮桥社区/第1网格,registered\n"
                                  "张伟,X,1980-01-01,2005-01-01,,迎江区/新河路街道/龙狮桥社区/第1网格,registered\n")
                       .toUtf8());
        file.close();
        MemberImportDialog dialog(m_workspace->database(), m_workspace->members());
        QVERIFY(!dialog.checkFile(path));
        QCOMPARE(dialog.problemsTable()->rowCount(), 1);
        QCOMPARE(dialog.problemsTable()->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(dialog.problemsTable()->item(0, 1)->text(), QStringLiteral("gender"));
        QCOMPARE(dialog.previewTable()->rowCount(), 1); // the good row, as it would be saved
        QCOMPARE(dialog.previewTable()->item(0, 1)->text(), QStringLiteral("李静"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.importChecked());
        QVERIFY(m_workspace->members().repository().likelyDuplicates(QStringLiteral("李静"), QDate(1980, 1, 1)).isEmpty());

        // Fixed, the file is shown again and imported on the clerk's word; the pages hear of it.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral("姓名,性别,出生日期,入党日期,手机号码,所在组织,党员类别\n"
                                  "李静,女,1980/1/1,2005年1月1日,,迎江区/新河路街道/龙狮桥社区/第1网格,在册\n"
                                  "张伟,男,1980-01-01,2005-01-01,,第1网格,在册党员\n")
                       .toUtf8());
        file.close();
        QVERIFY2(dialog.checkFile(path), qPrintable(dialog.checked().problems.isEmpty() ? QString() : dialog.checked().problems.first().message));
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QVERIFY(m_workspace->members().repository().likelyDuplicates(QStringLiteral("李静"), QDate(1980, 1, 1)).isEmpty());
        QSignalSpy reset(&m_workspace->members(), &MemberService::reset);
        QVERIFY(dialog.importChecked());
        // At least once: on a server the worker's own commit may come back as a notice too.
        QVERIFY(reset.count() >= 1);
        QCOMPARE(m_workspace->members().repository().likelyDuplicates(QStringLiteral("李静"), QDate(1980, 1, 1)).size(), 1);
        QVERIFY(!dialog.importButton()->isEnabled()); // not a second time
    }
};

QTEST_MAIN(TestMemberForm)
#include "test_memberform.moc"
