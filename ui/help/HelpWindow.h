#pragma once

#include <QWidget>

class QTextBrowser;
class QToolButton;

/// The manual (使用手册), offline, from the program's resources: a browser with back, forward
/// and the contents. One window is shared; a modal dialog gets its own, above it, so that the
/// clerk can read and still finish the dialog.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// Shows page ("ledger.html#steps"): in the shared window, or above the modal dialog open now.
    static HelpWindow *showPage(const QString &page);
    /// The page of the manual for the widget with the focus (F1).
    static HelpWindow *showForFocus();

    void open(const QString &page);
    /// The page shown, relative to the manual: "ledger.html".
    QString currentPage() const;
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_contents;
};
