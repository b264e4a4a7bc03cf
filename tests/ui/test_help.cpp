// The manual (帮助 › 使用手册): every page of it in the program, every link and picture found,
// the daily work covered; F1 opens the page of the window in use, in a modal dialog too.

#include "TestSupport.h"

#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "ledger/LedgerPage.h"
#include "ledger/LedgerStepDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBrowser>

using namespace TestSupport;

namespace {

QString pageText(const QString &page)
{
    QFile file(QStringLiteral(":/help/") + page);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList pages()
{
    return QDir(QStringLiteral(":/help")).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createWorkspace(m_dir.filePath(QStringLiteral("help.db")));
        const qint64 root = add(m_workspace->organisations(), 0, OrgKind::District, QStringLiteral("迎江区"));
        const qint64 sub = add(m_workspace->organisations(), root, OrgKind::Subdistrict, QStringLiteral("新河路街道"));
        add(m_workspace->organisations(), sub, OrgKind::Community, QStringLiteral("龙狮桥社区"));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    /// The daily work has its pages, each reached from the contents.
    void coversTheDailyWork()
    {
        const QString contents = pageText(QStringLiteral("index.html"));
        QVERIFY(contents.contains(QStringLiteral("使用手册")));
        for (const char *page : {"ledger-entry.html", "ledger-close.html", "members-import.html", "monthly-report.html",
                                 "quarterly-export.html", "district-merge.html"}) {
            QVERIFY2(pages().contains(QLatin1String(page)), page);
            QVERIFY2(contents.contains(QStringLiteral("href=\"%1\"").arg(QLatin1String(page))), page);
            QVERIFY2(pageText(QLatin1String(page)).contains(QStringLiteral("href=\"index.html\"")), page); // the way back
        }
    }

    /// Every link goes to a page and an anchor that exist; every picture is there.
    void linksAndPicturesFound()
    {
        static const QRegularExpression link(QStringLiteral("href=\"([^\"#]*)(?:#([^\"]*))?\""));
        static const QRegularExpression picture(QStringLiteral("<img[^>]*src=\"([^\"]+)\""));
        QStringList broken;
        QVERIFY(pages().size() >= 10);
        for (const QString &page : pages()) {
            const QString text = pageText(page);
            for (const auto &m : link.globalMatch(text)) {
                const QString target = m.captured(1).isEmpty() ? page : m.captured(1);
                if (target.startsWith(QLatin1String("http")))
                    continue;
                const QString targetText = pageText(target);
                if (targetText.isEmpty())
                    broken.append(page + QStringLiteral(" → ") + target);
                else if (!m.captured(2).isEmpty() && !targetText.contains(QStringLiteral("name=\"%1\"").arg(m.captured(2))))
                    broken.append(page + QStringLiteral(" → ") + target + QLatin1Char('#') + m.captured(2));
            }
            for (const auto &m : picture.globalMatch(text)) {
                if (!QFile::exists(QStringLiteral(":/help/") + m.captured(1)))
                    broken.append(page + QStringLiteral(": picture ") + m.captured(1));
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral("; "))));
    }

    /// 帮助 › 使用手册 and F1 open the page of the window in use.
    void f1OpensThePageOfTheWindow()
    {
        MainWindow window(*m_workspace);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QMenu *help = window.menuBar()->actions().last()->menu();
        auto *manual = window.findChild<QAction *>(QStringLiteral("manualAction"));
        QVERIFY(manual && help->actions().contains(manual));
        QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));

        window.showLedgerPage();
        window.ledgerPage()->table()->setFocus();
        QTest::keyClick(window.ledgerPage()->table(), Qt::Key_F1);
        HelpWindow *shown = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *h = qobject_cast<HelpWindow *>(top); h && h->isVisible())
                shown = h;
        }
        QVERIFY(shown);
        QCOMPARE(shown->currentPage(), QStringLiteral("ledger.html"));
        QVERIFY(shown->browser()->toPlainText().contains(QStringLiteral("民情账本")));
        shown->close();

        // In a modal dialog the manual opens above it, and the dialog stays usable.
        LedgerStepDialog dialog(LedgerAction::Close, m_workspace->members(), 0, {}, &window);
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        dialog.noteEdit()->setFocus();
        QTest::keyClick(dialog.noteEdit(), Qt::Key_F1);
        auto *above = dialog.findChild<HelpWindow *>();
        QVERIFY(above && above->isVisible());
        QCOMPARE(above->currentPage(), QStringLiteral("ledger-close.html#steps"));
    }
};

QTEST_MAIN(TestHelp)
#include "test_help.moc"
