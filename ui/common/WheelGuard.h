#pragma once

/// Keeps the mouse wheel from changing a combo box or spin box the clerk has not clicked into:
/// scrolling a long form to read it must not change 党员类别 on the way. Such a box takes the
/// focus only by click or Tab, and while it has none the wheel goes to what is behind it (the
/// form scrolls). Installed once for the whole application.
namespace WheelGuard {

void install();

} // namespace WheelGuard
