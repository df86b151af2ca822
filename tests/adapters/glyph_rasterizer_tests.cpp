// FreeType rasterisation on the real Noto Sans CJK: sizes measure as Dear ImGui's FreeType builder
// measured them (so layouts do not move), bold is wider, a character the font lacks is refused, and a
// missing font file says what to do.
#include "adapters/glyph_rasterizer.hpp"
#include "core/config.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

TEST_CASE("a Chinese character at the body size fills the em box, ascent + descent is the size") {
    std::string error;
    auto rasterizer = GlyphRasterizer::Open(kDefaultFontFile, kDefaultFontIndex, error);
    REQUIRE(rasterizer);
    CHECK(error.empty());
    const int body = rasterizer->AddSize(42, false);
    const SizeMetrics m = rasterizer->Metrics(body);
    // Noto Sans CJK: ascender 1.160 em, descender 0.288 em; rounded up each, as ImGui does.
    CHECK(m.ascent - m.descent == Approx(42).margin(2));
    CHECK(m.ascent > 30);
    CHECK(m.descent < 0);

    RasterGlyph glyph;
    REQUIRE(rasterizer->Render(body, U'沙', glyph));
    CHECK(glyph.advance == 29); // 42 / 1.448, rounded up: the 29 px characters theme_metrics promises
    CHECK(glyph.width >= 25);
    CHECK(glyph.width <= 30);
    CHECK(glyph.height >= 25);
    CHECK(glyph.height <= 31);
    CHECK(glyph.top <= m.ascent);
    int inked = 0;
    for (int y = 0; y < glyph.height; ++y)
        for (int x = 0; x < glyph.width; ++x)
            inked += glyph.coverage[y * glyph.pitch + x] > 128;
    CHECK(inked > glyph.width * glyph.height / 8);
}

TEST_CASE("bold (the heading sizes) draws thicker strokes than regular at the same size") {
    std::string error;
    auto rasterizer = GlyphRasterizer::Open(kDefaultFontFile, kDefaultFontIndex, error);
    REQUIRE(rasterizer);
    const int regular = rasterizer->AddSize(58, false);
    const int bold = rasterizer->AddSize(58, true);
    const auto ink = [&](int size) {
        RasterGlyph glyph;
        REQUIRE(rasterizer->Render(size, U'科', glyph));
        long sum = 0;
        for (int y = 0; y < glyph.height; ++y)
            for (int x = 0; x < glyph.width; ++x)
                sum += glyph.coverage[y * glyph.pitch + x];
        return sum;
    };
    CHECK(ink(bold) > ink(regular) * 11 / 10);
}

TEST_CASE("a character the font lacks is refused, a space has an advance and no pixels") {
    std::string error;
    auto rasterizer = GlyphRasterizer::Open(kDefaultFontFile, kDefaultFontIndex, error);
    REQUIRE(rasterizer);
    const int body = rasterizer->AddSize(42, false);
    RasterGlyph glyph;
    CHECK_FALSE(rasterizer->HasGlyph(0xE000)); // private use
    CHECK_FALSE(rasterizer->Render(body, 0xE000, glyph));
    REQUIRE(rasterizer->Render(body, U' ', glyph));
    CHECK(glyph.width == 0);
    CHECK(glyph.advance > 5);
}

TEST_CASE("a missing or unreadable font file is reported with the fix") {
    std::string error;
    CHECK_FALSE(GlyphRasterizer::Open("/nonexistent/NotoSansCJK.ttc", 2, error));
    CHECK(error == "/nonexistent/NotoSansCJK.ttc: font file missing or unreadable; Chinese cannot be "
                   "shown. Fix: install fonts-noto-cjk (platform/linux/install-deps.sh) or set font = "
                   "\"…\" in the settings file");
    error.clear();
    CHECK_FALSE(GlyphRasterizer::Open(kDefaultFontFile, 40, error)); // the collection has 10 faces
    CHECK(error == std::string(kDefaultFontFile) +
                       ": the font file could not be read as font number 40 (is it a font collection? "
                       "set font_index, or reinstall fonts-noto-cjk)");
}
