#pragma once

#include "members/MemberFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

/// The filters above the members table: category, status, age band, year joined, probationary
/// only, and a search in names, phones and ID numbers. Remembered between sessions.
class MemberFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit MemberFilterBar(QWidget *parent = nullptr);

    /// The filter as set here (without the organisation, which the tree decides).
    MemberFilter filter() const;
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *ageCombo() const { return m_age; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void save() const;

    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_ageLabel;
    QComboBox *m_age;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QCheckBox *m_probationary;
    QLineEdit *m_search;
    QTimer *m_typing;
};
