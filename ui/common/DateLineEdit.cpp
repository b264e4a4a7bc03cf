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

QSize DateLineEdit::minimumSizeHint() const
{
    // A whole date (or the placeholder) and the clear button: "2026-12-02" is never cut.
    const QFontMetrics metrics = fontMetrics();
    const int text = std::max(metrics.horizontalAdvance(QStringLiteral("2026-12-30")), metrics.horizontalAdvance(placeholderText()));
    QSize size = QLineEdit::minimumSizeHint();
    size.setWidth(std::max(size.width(), text + metrics.height() + 22));
    return size;
}

QSize DateLineEdit::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    size.setWidth(std::max(size.width(), minimumSizeHint().width()));
    return size;
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
