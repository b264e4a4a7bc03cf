// Tools › Signing keys: the office's fingerprint shown as the district will see it; a sender's key
// file registered (only once the clerk confirms the phone comparison), listed and retired; the
// registry's model under QAbstractItemModelTester.

#include "TestSupport.h"

#include "org/OrgSetup.h"
#include "trust/AddSenderKeyDialog.h"
#include "trust/KeyService.h"
#include "trust/SenderKeyModel.h"
#include "trust/SigningKeysDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace TestSupport;

class TestSigningKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<Database> initialised(const QString &path, const QString &district, const QString &subdistrict)
    {
        auto db = createDatabase(path);
        OrgService orgs(*db);
        if (!OrgSetup::initialise(*db, orgs, district, subdistrict))
            qFatal("cannot initialise");
        return db;
    }

private Q_SLOTS:
    void registerListRetire()
    {
        auto office = initialised(m_dir.filePath(QStringLiteral("office.db")), QStringLiteral("迎江区"), QStringLiteral("新河路街道"));
        auto district = initialised(m_dir.filePath(QStringLiteral("district.db")), QStringLiteral("迎江区"), QString());
        KeyService officeKeys(*office);
        const QString keyFile = m_dir.filePath(QStringLiteral("新河路街道.key"));
        QVERIFY(officeKeys.exportKeyFile(keyFile));
        const QString officeFingerprint = officeKeys.own().value().fingerprint;

        SigningKeysDialog dialog(*district);
        QAbstractItemModelTester tester(dialog.senderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *own = dialog.findChild<QLabel *>(QStringLiteral("ownFingerprint"));
        QVERIFY(own);
        QCOMPARE(own->text(), KeyService(*district).own().value().fingerprint);
        QCOMPARE(dialog.senderModel()->rowCount(), 0);

        // The confirmation asks for the senders and for the phone comparison before it registers.
        const auto file = KeyFile::read(keyFile);
        QVERIFY(file);
        AddSenderKeyDialog confirm(file.value(), false);
        QCOMPARE(confirm.senders(), QStringList{QStringLiteral("迎江区/新河路街道")});
        QPushButton *registerButton = nullptr;
        for (QPushButton *button : confirm.findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Register")))
                registerButton = button;
        }
        QVERIFY(registerButton);
        QVERIFY(!registerButton->isEnabled());
        confirm.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(registerButton->isEnabled());
        confirm.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("  \n"));
        QVERIFY(!registerButton->isEnabled());

        QString message;
        QVERIFY(!dialog.addKeyFile(keyFile, {QStringLiteral("宜秀区/某街道")}, &message));
        QVERIFY(message.contains(QStringLiteral("not under")));
        QVERIFY2(dialog.addKeyFile(keyFile, {QStringLiteral("迎江区/新河路街道")}, &message), qPrintable(message));
        QVERIFY(message.contains(officeFingerprint));
        QCOMPARE(dialog.senderModel()->rowCount(), 1);
        QCOMPARE(dialog.senderModel()->index(0, SenderKeyModel::Fingerprint).data().toString(), officeFingerprint);
        QCOMPARE(dialog.senderModel()->index(0, SenderKeyModel::Sender).data().toString(), QStringLiteral("迎江区/新河路街道"));
        // The district's own key file is not a sender's.
        const QString ownFile = m_dir.filePath(QStringLiteral("own.key"));
        QVERIFY(KeyService(*district).exportKeyFile(ownFile));
        QVERIFY(!dialog.addKeyFile(ownFile, {QStringLiteral("迎江区/新河路街道")}, &message));

        QVERIFY(KeyService(*district).registry().retire(officeFingerprint));
        dialog.senderModel()->reload();
        QCOMPARE(dialog.senderModel()->rowCount(), 1);
        QVERIFY(!dialog.senderModel()->entryAt(dialog.senderModel()->index(0, 0))->isCurrent());
        QVERIFY(dialog.senderModel()->index(0, SenderKeyModel::Status).data().toString().startsWith(QStringLiteral("Retired")));
    }
};

QTEST_MAIN(TestSigningKeys)
#include "test_signingkeys.moc"
