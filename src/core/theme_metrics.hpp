// Sizes of the age-friendly theme (MIIT 适老化, WCAG 2.2), scaled with the screen height so a
// layout designed at 1080p holds from 768p to 4K. Pure numbers: the tests check the minimums.
#pragma once
#include "core/kiosk_types.hpp"

namespace kepu {

// ImGui's font size for Noto Sans CJK spans ascent+descent (1.448 em), so a Chinese character is
// drawn about size / 1.448 wide: a 42 px font draws 29 px characters.
inline constexpr float kCjkGlyphWidthPerFontPx = 1.0f / 1.448f;

struct FontSizes {
    float body;
    float heading;
};

struct ThemeMetrics {
    float scale = 1;       // screen height / 1080
    FontSizes normal{};    // normal text mode
    FontSizes large{};     // large text mode
    float hero = 0;        // attract-screen title
    float touchTarget = 0; // minimum short side of anything tappable
    float gap = 0;         // minimum space between tappable things
    float margin = 0;      // screen edge padding
    float headerHeight = 0;
    float footerHeight = 0;
    float adminCorner = 0; // side of the hidden admin tap square
    float lineSpacing = 0; // extra space between wrapped lines, on top of the font's own height

    const FontSizes& Fonts(TextSize size) const { return size == TextSize::Large ? large : normal; }
    float TouchTarget(TextSize size) const {
        return size == TextSize::Large ? touchTarget * 1.3f : touchTarget;
    }
    float Gap(TextSize size) const { return size == TextSize::Large ? gap * 1.5f : gap; }
};

ThemeMetrics ComputeThemeMetrics(int screenHeight);

} // namespace kepu
