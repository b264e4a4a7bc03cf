#pragma once

#include <QObject>
#include <QString>

#include <memory>

class MainWindow;
class Workspace;

/// Runs the GUI's life around one database at a time: opens (or creates) it, shows its window,
/// sets up an empty one, and switches to another file on New or Open.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    /// Opens path, creating it when it does not exist, and shows the window. When the file
    /// cannot be opened the clerk may choose another; false when they gave up.
    bool start(const QString &path);

    MainWindow *window() const { return m_window.get(); }
    Workspace *workspace() const { return m_workspace.get(); }

    /// Sets up an empty database (names or demo data); used on the first start.
    void setUp();
    /// Loads the demo data into the current (empty) database with a progress dialog.
    bool loadDemo();
    /// Whether the first start asks for the clerk's name (not when measuring the start).
    void setAsksForName(bool asks) { m_asksForName = asks; }

private:
    bool show(std::unique_ptr<Workspace> workspace);
    void newDatabase();
    void openDatabase();
    /// File › Connect to server…: asks where, opens the server's database (making the schema in
    /// an empty one when the clerk agrees), asks again while it cannot be reached.
    void connectServer();
    /// Closes the database, puts the backup in its place (the current file copied aside) and
    /// opens it again; the file as it was is opened again when the restore is refused.
    void restoreBackup(const QString &backupPath);
    QString lastFolder() const;
    void askForName();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    bool m_asksForName = true;
};
