// In-service members' feedback cards at the desk: an activity's length is typed in the activity
// form by keyboard and credited to the members taking part; the cards dialog lists the employers
// of the members reporting within its organisation, writes a file per employer or per member,
// and says when nobody reported; the members page offers it.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "cobuild/ActivityDialog.h"
#include "cobuild/AgreementService.h"
#include "cobuild/UnitService.h"
#include "members/MemberService.h"
#include "members/MembersPage.h"
#include "members/ServiceCardDialog.h"
#include "members/ServiceCards.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace TestSupport;

class TestServiceCardDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_community = 0, m_other = 0, m_grid = 0, m_agreement = 0;
    QList<qint64> m_members;

    qint64 member(qint64 org, const QString &name, const QString &employer, qint64 reportedTo)
    {
        Member m;
        m.orgId = org;
        m.name = name;
        m.birthDate = QDate(1985, 3, 1);
        m.joinedOn = QDate(2010, 7, 1);
        m.fullMemberOn = QDate(2011, 7, 1);
        m.category = MemberCategory::InService;
        m.employer = employer;
        m.reportedToId = reportedTo;
        m.reportedOn = QDate(2026, 1, 10);
        const auto id = m_workspace->members().add(m);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("cards-page.db")));
        OrgService &orgs = m_workspace->organisations();
        const qint64 root = add(orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(orgs, root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(orgs, sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_other = add(orgs, sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        m_grid = add(orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
        const qint64 grid = m_grid;
        m_members = {member(grid, QStringLiteral("赵敏"), QStringLiteral("安庆市税务局"), m_community),
                     member(grid, QStringLiteral("钱进"), QStringLiteral("安庆市税务局"), m_community),
                     member(grid, QStringLiteral("孙丽"), QStringLiteral("安庆师范大学"), m_community)};
        m_agreement = addAgreement(*m_workspace, m_community);
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void activityLengthByKeyboard()
    {
        ActivityDialog dialog(*m_workspace, m_agreement, m_community);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("activityTitle"));
        auto *hours = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("activityHours"));
        QVERIFY(title && hours);
        QCOMPARE(hours->value(), 0.0);
        QCOMPARE(hours->text(), hours->specialValueText()); // not recorded
        title->setFocus();
        Typing::type(title, QStringLiteral("敬老助餐"));
        // Tab on to the duration, past the venue.
        QWidget *focus = title;
        for (int i = 0; i < 4 && focus != hours; ++i) {
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
        }
        QCOMPARE(focus, hours);
        hours->selectAll();
        QTest::keyClicks(hours, QStringLiteral("2.5"));
        QCOMPARE(hours->value(), 2.5);
        QTest::keyClick(hours, Qt::Key_Return);
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(m_workspace->agreements().activities(m_agreement).first().contains(QStringLiteral("2.5")));
    }

    void cardsPerEmployerAndPerMember()
    {
        ServiceCardDialog dialog(*m_workspace, m_community);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.organisation(), m_community);
        // Every employer, then the two of the members reporting here.
        QCOMPARE(dialog.employerCombo()->count(), 3);
        QCOMPARE(dialog.employerCombo()->itemData(1).toString(), QStringLiteral("安庆师范大学")); // in pinyin order
        QCOMPARE(dialog.employerCombo()->itemData(2).toString(), QStringLiteral("安庆市税务局"));
        dialog.setQuarter(Quarter{2026, 1});

        QTemporaryDir batches;
        QVERIFY2(dialog.saveTo(batches.path()), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(QDir(batches.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        QTemporaryDir each;
        dialog.employerCombo()->setCurrentIndex(2);
        dialog.perMemberBox()->setChecked(true);
        QVERIFY(dialog.saveTo(each.path()));
        const QStringList files = QDir(each.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.filter(QStringLiteral("赵敏")).size() == 1 && files.filter(QStringLiteral("钱进")).size() == 1);

        // Nobody reported to the other community: said, nothing written.
        ServiceCardDialog other(*m_workspace, m_other);
        QCOMPARE(other.organisation(), m_other);
        QCOMPARE(other.employerCombo()->count(), 1);
        QVERIFY(!other.statusLabel()->text().isEmpty());
        QTemporaryDir none;
        QVERIFY(!other.saveTo(none.path()));
        QVERIFY(QDir(none.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void membersPageOffersTheCards()
    {
        MembersPage page(*m_workspace);
        QAction *cards = nullptr;
        for (QAction *action : page.pageActions()) {
            if (action->objectName() == QLatin1String("feedbackCardsAction"))
                cards = action;
        }
        QVERIFY(cards);
        // Chosen in the tree, a grid stands for its community.
        page.setScope(m_grid);
        qint64 shownFor = -1;
        QTimer::singleShot(0, this, [&shownFor] {
            if (auto *dialog = qobject_cast<ServiceCardDialog *>(QApplication::activeModalWidget())) {
                shownFor = dialog->organisation();
                dialog->reject();
            }
        });
        cards->trigger();
        QCOMPARE(shownFor, m_community);
    }
};

QTEST_MAIN(TestServiceCardDialog)
#include "test_servicecarddialog.moc"
