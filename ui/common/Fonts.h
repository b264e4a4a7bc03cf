#pragma once

#include <QString>

/// Chinese text needs a font that has the characters; without one Qt draws boxes, silently.
namespace Fonts {

/// Makes the application use an installed font that covers Simplified Chinese. Returns the family
/// chosen, or an empty string when none is installed.
QString useChineseFont();

} // namespace Fonts
