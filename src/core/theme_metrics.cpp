// Sizes of the age-friendly theme, scaled with the screen height.
#include "core/theme_metrics.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {

ThemeMetrics ComputeThemeMetrics(int screenHeight) {
    ThemeMetrics m;
    m.scale = std::max(0.5f, static_cast<float>(screenHeight) / 1080.0f);
    const auto px = [&](float at1080) { return std::round(at1080 * m.scale); };
    m.normal = {px(42), px(58)}; // 29 px characters: above the 28 px minimum for body text
    m.large = {px(60), px(80)};  // 41 px characters: above the 40 px minimum in large-text mode
    m.hero = px(96);
    m.touchTarget = px(96); // above the 88 px minimum, so rounding at small screens stays safe
    m.gap = px(20);
    m.margin = px(48);
    m.headerHeight = px(130);
    m.footerHeight = px(150);
    m.adminCorner = px(120);
    m.lineSpacing = px(6);
    return m;
}

} // namespace kepu
