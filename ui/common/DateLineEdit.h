#pragma once

#include <QDate>
#include <QLineEdit>

/// A date field for fast typing: accepts 2025-03-08, 2025-3-8, 2025/3/8, 2025.3.8, 20250308 or
/// nothing, and tells whether what is typed is a date.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

    /// The date typed, or a null date when empty or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    /// Empty, or a real date.
    bool isAcceptable() const;

Q_SIGNALS:
    void dateEdited();

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
