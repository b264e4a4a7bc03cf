#pragma once

#include <QProxyStyle>

/// The platform's style with one change: a table header's sort arrow points as in the office
/// programs the clerk knows (Excel, WPS): up for ascending (oldest, A to Z), down for
/// descending (newest first). Qt's own styles draw it the other way round.
class OfficeStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
