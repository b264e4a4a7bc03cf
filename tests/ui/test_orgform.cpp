// The organisation form driven by the keyboard as a clerk uses it: typing, live validation,
// saving from the page, and adding an organisation through the dialog.

#include "TestSupport.h"
#include "ui/Typing.h"

#include "org/AddOrgDialog.h"
#include "org/MoveOrgDialog.h"
#include "org/OrgForm.h"
#include "org/OrgPage.h"
#include "members/MemberService.h"
#include "roles/RoleService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace TestSupport;

class TestOrgForm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrgService> m_orgs;
    qint64 m_root = 0, m_sub = 0, m_community = 0, m_grid = 0;
    int m_file = 0;

    template <typename T>
    static T *field(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        Typing::type(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("form-%1.db").arg(++m_file)));
        m_orgs = std::make_unique<OrgService>(*m_db);
        m_root = add(*m_orgs, 0, OrgKind::District, QStringLiteral("迎江区"));
        m_sub = add(*m_orgs, m_root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        m_community = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
        m_grid = add(*m_orgs, m_community, OrgKind::Grid, QStringLiteral("第1网格"));
    }

    void cleanup()
    {
        m_orgs.reset();
        m_db.reset();
    }

    void validatesAsTheClerkTypes()
    {
        OrgForm form;
        form.setParentKind(OrgKind::Community);
        form.setOrganisation(*m_orgs->repository().find(m_grid));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.isValid());
        auto *problems = field<QLabel>(&form, "problemsLabel");

        auto *name = field<QLineEdit>(&form, "nameEdit");
        retype(name, QString());
        QVERIFY(!form.isValid());
        QVERIFY(problems->text().contains(QStringLiteral("name is required")));
        Typing::type(name, QStringLiteral("第一网格"));
        QVERIFY(form.isValid());

        auto *phone = field<QLineEdit>(&form, "phoneEdit");
        phone->setFocus();
        Typing::type(phone, QStringLiteral("1391234"));
        QVERIFY(!form.isValid());
        QVERIFY(problems->text().contains(QStringLiteral("phone number")));
        Typing::type(phone, QStringLiteral("5678"));
        QVERIFY(form.isValid());

        auto *households = field<QLineEdit>(&form, "householdsEdit");
        households->setFocus();
        Typing::type(households, QStringLiteral("3o0"));
        QVERIFY(!form.isValid());
        QVERIFY(problems->text().contains(QStringLiteral("whole number")));
        retype(households, QStringLiteral("300"));
        QVERIFY(form.isValid());

        auto *established = field<QLineEdit>(&form, "establishedEdit");
        established->setFocus();
        Typing::type(established, QStringLiteral("2018-02-30"));
        QVERIFY(!form.isValid());
        retype(established, QStringLiteral("2018/5/1"));
        QVERIFY(form.isValid());

        const Organisation org = form.organisation();
        QCOMPARE(org.name, QStringLiteral("第一网格"));
        QCOMPARE(org.phone, QStringLiteral("13912345678"));
        QCOMPARE(org.households, std::optional<int>(300));
        QCOMPARE(org.establishedOn, QDate(2018, 5, 1));
        QVERIFY(form.isModified());
    }

    void tabOrderFollowsTheForm()
    {
        OrgForm form;
        form.setParentKind(OrgKind::Community);
        form.setOrganisation(*m_orgs->repository().find(m_grid));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QApplication::setActiveWindow(&form);
        field<QLineEdit>(&form, "nameEdit")->setFocus();
        const QStringList expected = {QStringLiteral("kindCombo"),     QStringLiteral("codeEdit"),
                                      QStringLiteral("secretaryEdit"), QStringLiteral("phoneEdit"),
                                      QStringLiteral("addressEdit"),   QStringLiteral("householdsEdit"),
                                      QStringLiteral("establishedEdit"), QStringLiteral("notesEdit")};
        for (const QString &next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY(QApplication::focusWidget());
            QCOMPARE(QApplication::focusWidget()->objectName(), next);
        }
    }

    void pageSavesWithCtrlS()
    {
        RoleService roles(*m_db);
        MemberService members(*m_db);
        OrgPage page(*m_orgs, roles, members);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.showOrganisation(m_grid);
        QVERIFY(!page.saveButton()->isEnabled());
        auto *secretary = field<QLineEdit>(&page, "secretaryEdit");
        secretary->setFocus();
        Typing::type(secretary, QStringLiteral("孙玉萍"));
        QVERIFY(page.saveButton()->isEnabled());
        QTest::keyClick(secretary, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_orgs->repository().find(m_grid)->secretary, QStringLiteral("孙玉萍"));
        QVERIFY(!page.form()->isModified());
        QVERIFY(!page.saveButton()->isEnabled());
        QCOMPARE(page.childrenView()->model()->rowCount(), 0);
        page.showOrganisation(m_community);
        QCOMPARE(page.childrenView()->model()->rowCount(), 1);
    }

    void addDialogByKeyboard()
    {
        AddOrgDialog dialog(*m_orgs, m_community);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *kind = field<QComboBox>(&dialog, "kindCombo");
        // Under a community: grids, functional and temporary branches, building and business-district
        // committees (楼宇党委, 商圈党委) and temporary party groups (临时党小组) — no household, no party group.
        QCOMPARE(kind->count(), 6);
        QStringList offered;
        for (int row = 0; row < kind->count(); ++row)
            offered << kind->itemData(row).toString();
        QVERIFY2(offered.contains(QStringLiteral("temporary_group")) && !offered.contains(QStringLiteral("party_group")),
                 qPrintable(offered.join(QLatin1Char(' '))));
        auto *name = field<QLineEdit>(&dialog, "nameEdit");
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        name->setFocus();
        Typing::type(name, QStringLiteral("第1网格"));
        QVERIFY(ok->isEnabled());
        // The name is taken: the service refuses and the dialog stays open with the reason.
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.addedId(), 0);
        retype(name, QStringLiteral("第2网格"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.addedId() > 0);
        QCOMPARE(m_orgs->repository().path(dialog.addedId()), QStringLiteral("迎江区/新河路街道/龙狮桥社区/第2网格"));
    }

    void moveDialogChecksTheRules()
    {
        const qint64 other = add(*m_orgs, m_sub, OrgKind::Community, QStringLiteral("炮营山社区"));
        MoveOrgDialog dialog(*m_orgs, m_grid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.chooseTarget(m_sub);
        QVERIFY(!ok->isEnabled());
        dialog.chooseTarget(other);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(m_orgs->repository().node(m_grid)->parentId, other);
    }
};

QTEST_MAIN(TestOrgForm)
#include "test_orgform.moc"
