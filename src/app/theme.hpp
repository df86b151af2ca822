// The ImGui style that goes with the kiosk's palette, and colour conversions for drawing.
#pragma once
#include "core/palette.hpp"

#include <imgui.h>

namespace kepu {

inline ImU32 ToImU32(Rgb c, float alpha = 1.0f) {
    return IM_COL32(c.r, c.g, c.b, static_cast<int>(alpha * 255));
}
inline ImVec4 ToImVec4(Rgb c, float alpha = 1.0f) {
    return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, alpha);
}

// Touch-first ImGui style: no hover colours (there is no hover on a touchscreen), no borders,
// no scrollbars (lists scroll by dragging), rounded corners.
void ApplyKioskStyle(float scale);

} // namespace kepu
