#pragma once

#include "ledger/LedgerItem.h"

#include <QWidget>

class DateLineEdit;
class LedgerService;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

/// The filters above the ledger table: state (or open, or overdue), category, source, urgency,
/// the period recorded, and a search in titles, descriptions and places.
class LedgerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerFilterBar(LedgerService &ledger, QWidget *parent = nullptr);

    /// The filter as set here (without the organisation, which the tree decides).
    LedgerFilter filter() const;
    /// Sets every filter as given (the organisation aside) and applies it.
    void show(const LedgerFilter &filter);
    /// Shows only items overdue today (the status bar's badge).
    void showOverdue();
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateCombo() const { return m_state; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCategories();

    LedgerService &m_ledger;
    QComboBox *m_state;
    QComboBox *m_category;
    QComboBox *m_source;
    QComboBox *m_urgency;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QLineEdit *m_search;
    QTimer *m_typing;
    QList<QLabel *> m_labels;
};
