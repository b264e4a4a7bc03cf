#pragma once

#include <QString>

class QWidget;

/// Which page of the manual (resources/help/) tells about a window: the widget with the focus,
/// or the nearest of its parents that the manual has a page for; the contents otherwise.
namespace HelpTopics {

/// "ledger.html", "cobuilding.html#needs"…; "index.html" when none applies.
QString forWidget(const QWidget *widget);

/// The page for a class of ui/ by its name, or an empty string.
QString forClass(const QString &className);

} // namespace HelpTopics
