#pragma once

#include <QGroupBox>

class DateLineEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

/// Logging a request fast, by keyboard: the fields in the order a grid worker's diary gives
/// them, Enter saves, and the grid and category stay as they were for the next one. A request
/// like one of the last 30 days in the same grid and category is pointed out before saving.
class LedgerQuickEntry : public QGroupBox
{
    Q_OBJECT

public:
    explicit LedgerQuickEntry(Workspace &workspace, QWidget *parent = nullptr);

    /// The grids (and communities) below orgId are offered.
    void setScope(qint64 orgId);
    /// Saves what is typed; returns the new item's id, or 0 when refused or cancelled.
    qint64 save();
    void focusTitle();

Q_SIGNALS:
    void saved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillCategories();
    /// The grid's staff, informants and households, who can be named as having reported.
    void fillReporters();

    Workspace &m_workspace;
    qint64 m_scope = 0;
    QComboBox *m_grid;
    QComboBox *m_category;
    QComboBox *m_source;
    QComboBox *m_urgency;
    DateLineEdit *m_recorded;
    QLineEdit *m_title;
    QLineEdit *m_location;
    QLineEdit *m_description;
    QLineEdit *m_resident;
    QLineEdit *m_phone;
    QComboBox *m_reporter;
    QPushButton *m_save;
    QLabel *m_message;
    QList<QLabel *> m_labels;
};
