// The age-friendly theme's numbers: contrast, glyph sizes, touch targets, scaling.
#include "core/color.hpp"
#include "core/palette.hpp"
#include "core/theme_metrics.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

TEST_CASE("contrast ratio matches WCAG reference values") {
    CHECK(ContrastRatio(HexColor(0x000000), HexColor(0xFFFFFF)) == Approx(21.0));
    CHECK(ContrastRatio(HexColor(0x777777), HexColor(0xFFFFFF)) == Approx(4.48).epsilon(0.01));
    CHECK(ContrastRatio(HexColor(0x123456), HexColor(0x123456)) == Approx(1.0));
}

TEST_CASE("every text/background pair of the palette is at least 7:1") {
    using namespace palette;
    const std::pair<Rgb, Rgb> pairs[] = {
        {kText, kBackground},
        {kText, kSurface},
        {kMutedText, kBackground},
        {kMutedText, kSurface},
        {kOnDark, kQuizTile},
        {kOnDark, kStoryTile},
        {kOnDark, kSeniorTile},
        {kOnDark, kNavButton},
        {kOnDark, kPressed},
        {kOnDark, kDanger},
        {kDanger, kSurface},
        {kDanger, kBackground},
        {kHeroText, kHeroBackground},
        {kHeroMuted, kHeroBackground},
        // The quiz's feedback: words on the tinted answers, the green of "right" on white and paper.
        {kText, kRightTint},
        {kText, kWrongTint},
        {kRight, kSurface},
        {kRight, kRightTint},
        {kDanger, kWrongTint},
        {kOnDark, kRight},
        // The story reader: emphasis and the spirit chips in goji-brown, 想一想 on its tint.
        {kStoryTile, kSurface},
        {kStoryTile, kStoryTint},
        {kText, kStoryTint},
    };
    for (const auto& [fg, bg] : pairs) {
        INFO("fg " << int(fg.r) << "," << int(fg.g) << "," << int(fg.b) << " bg " << int(bg.r) << ","
                   << int(bg.g) << "," << int(bg.b));
        CHECK(ContrastRatio(fg, bg) >= 7.0);
    }
    // Outlines of light buttons are non-text: WCAG asks 3:1.
    CHECK(ContrastRatio(kBorder, kSurface) >= 3.0);
    CHECK(ContrastRatio(kBorder, kBackground) >= 3.0);
}

TEST_CASE("at 1080p: Chinese glyphs ≥ 28 px (≥ 40 px large), targets ≥ 88 px, gaps ≥ 16 px") {
    const ThemeMetrics m = ComputeThemeMetrics(1080);
    CHECK(m.normal.body * kCjkGlyphWidthPerFontPx >= 28);
    CHECK(m.large.body * kCjkGlyphWidthPerFontPx >= 40);
    CHECK(m.TouchTarget(TextSize::Normal) >= 88);
    CHECK(m.Gap(TextSize::Normal) >= 16);
    CHECK(m.adminCorner == 120);
    // Line pitch over the character size: the font's own height already gives 1.45×.
    CHECK((m.normal.body + m.lineSpacing) / (m.normal.body * kCjkGlyphWidthPerFontPx) >= 1.3);
}

TEST_CASE("layout scales with the screen height") {
    const ThemeMetrics hd = ComputeThemeMetrics(1080);
    const ThemeMetrics uhd = ComputeThemeMetrics(2160);
    const ThemeMetrics small = ComputeThemeMetrics(768);
    CHECK(uhd.normal.body == 2 * hd.normal.body);
    CHECK(uhd.adminCorner == 240);
    CHECK(small.normal.body < hd.normal.body);
    CHECK(small.touchTarget >= 0.711 * 88);
}
