#pragma once

#include <QObject>

/// F1 anywhere in the program opens the manual at the page of the window in use — in modal
/// dialogs too, where the main window's shortcuts do not reach.
class HelpKey : public QObject
{
    Q_OBJECT

public:
    /// Installs the one filter on the application (again: nothing more).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
