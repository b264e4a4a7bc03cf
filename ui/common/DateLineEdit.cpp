#include "DateLineEdit.h"

#include "core/IsoDate.h"

#include <QEvent>

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(12);
    setClearButtonEnabled(true);
    retranslate();
    connect(this, &QLineEdit::textEdited, this, &DateLineEdit::dateEdited);
}

void DateLineEdit::retranslate()
{
    setPlaceholderText(tr("YYYY-MM-DD"));
}

void DateLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

QDate DateLineEdit::date() const
{
    return IsoDate::parseLenient(text()).value_or(QDate());
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(IsoDate::format(date));
}

bool DateLineEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || IsoDate::parseLenient(text()).has_value();
}

void DateLineEdit::focusOutEvent(QFocusEvent *event)
{
    // Show what was understood in the one written form.
    if (const auto parsed = IsoDate::parseLenient(text()))
        setText(IsoDate::format(*parsed));
    QLineEdit::focusOutEvent(event);
}
