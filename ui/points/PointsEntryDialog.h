#pragma once

#include <QDate>
#include <QDialog>

class DateLineEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/// The date, points and reason (or item) of one points entry: an award, a redemption, or a
/// reversal (whose points are fixed by the entry it undoes).
class PointsEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Award, Redemption, Reversal };

    PointsEntryDialog(Kind kind, int balance, QWidget *parent = nullptr);

    QDate date() const;
    int points() const;
    QString text() const;
    /// For a reversal: the points undone, shown and not editable.
    void setFixedPoints(int points);

private:
    void revalidate();

    Kind m_kind;
    int m_balance;
    DateLineEdit *m_date;
    QSpinBox *m_points;
    QLineEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
