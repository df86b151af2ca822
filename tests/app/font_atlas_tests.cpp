// Glyphs on demand, on the real font: every glyph an ImFont holds points at its own pixels on its
// page, also after full pages were emptied many times; text measures as Dear ImGui's own FreeType
// atlas measured it; a character the font lacks falls back and is not asked for again. The pages
// live in memory here (the renderer's textures are the only part replaced).
#include "adapters/glyph_rasterizer.hpp"
#include "app/font_atlas.hpp"
#include "app/widgets.hpp"
#include "core/config.hpp"
#include "core/theme_metrics.hpp"
#include "core/utf8.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_freetype.h>
#include <imgui_internal.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

using namespace kepu;

namespace {

// Texture pages as byte arrays: what the GPU would hold.
class MemoryPages final : public GlyphTextures {
  public:
    struct Page {
        int width = 0, height = 0;
        std::vector<unsigned char> pixels;
    };
    ImTextureID CreatePage(int width, int height) override {
        const auto id = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(++m_next));
        m_pages[id] = {width, height,
                       std::vector<unsigned char>(static_cast<std::size_t>(width) * height, 0)};
        return id;
    }
    void UpdatePage(ImTextureID page, int x, int y, int width, int height, const unsigned char* coverage,
                    int pitch) override {
        Page& p = m_pages.at(page);
        REQUIRE(x >= 0);
        REQUIRE(y >= 0);
        REQUIRE(x + width <= p.width);
        REQUIRE(y + height <= p.height);
        for (int row = 0; row < height; ++row)
            for (int col = 0; col < width; ++col)
                p.pixels[static_cast<std::size_t>(y + row) * p.width + x + col] = coverage[row * pitch + col];
    }
    void DestroyPage(ImTextureID page) override { m_pages.erase(page); }
    const Page& Get(ImTextureID page) const { return m_pages.at(page); }
    std::size_t Count() const { return m_pages.size(); }

  private:
    std::map<ImTextureID, Page> m_pages;
    int m_next = 0;
};

struct ImGuiContextScope {
    ImGuiContextScope() { ImGui::CreateContext(); }
    ~ImGuiContextScope() { ImGui::DestroyContext(); }
};

// Every glyph with pixels must show exactly FreeType's bitmap of its own character.
void CheckEveryGlyphShowsItself(const ImFont& font, const MemoryPages& pages, GlyphRasterizer& rasterizer,
                                int size) {
    const MemoryPages::Page& page = pages.Get(font.ContainerAtlas->TexID);
    int checked = 0;
    for (const ImFontGlyph& glyph : font.Glyphs) {
        if (!glyph.Visible) continue;
        RasterGlyph expected;
        REQUIRE(rasterizer.Render(size, glyph.Codepoint, expected));
        const int x0 = static_cast<int>(glyph.U0 * page.width + 0.5f);
        const int y0 = static_cast<int>(glyph.V0 * page.height + 0.5f);
        REQUIRE(static_cast<int>(glyph.U1 * page.width + 0.5f) - x0 == expected.width);
        REQUIRE(static_cast<int>(glyph.V1 * page.height + 0.5f) - y0 == expected.height);
        bool same = true;
        for (int y = 0; y < expected.height && same; ++y)
            for (int x = 0; x < expected.width && same; ++x)
                same = page.pixels[static_cast<std::size_t>(y0 + y) * page.width + x0 + x] ==
                       expected.coverage[y * expected.pitch + x];
        INFO("glyph U+" << std::hex << glyph.Codepoint);
        REQUIRE(same);
        ++checked;
    }
    CHECK(checked > 0);
}

// count consecutive ideographs from first, as UTF-8 (all three-byte sequences).
std::string CjkRun(char32_t first, int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        const char32_t cp = first + static_cast<char32_t>(i);
        text += static_cast<char>(0xE0 | (cp >> 12));
        text += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return text;
}

} // namespace

TEST_CASE("text asked for is rasterised onto the page; each glyph points at its own pixels") {
    ImGuiContextScope imgui;
    MemoryPages pages;
    FontAtlas atlas;
    FontSet fonts;
    const ThemeMetrics metrics = ComputeThemeMetrics(1080);
    const FontAtlasReport opened = atlas.Open(fonts, kDefaultFontFile, kDefaultFontIndex, metrics, pages);
    REQUIRE(opened.problem.empty());
    CHECK(pages.Count() == 1); // only the default font's page exists before anything is drawn
    ImFont* body = fonts.Body(TextSize::Normal);
    CHECK_FALSE(body->FindGlyphNoFallback(U'沙'));

    const std::string text = "沙坡头治沙，Shapotou 1958";
    atlas.Need(body, text);
    CHECK(atlas.HasRequests());
    atlas.Fill();
    CHECK_FALSE(atlas.HasRequests());
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = NextCodePoint(text, pos);
        CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(cp)));
    }
    atlas.Need(body, text); // all there now: nothing more to do
    CHECK_FALSE(atlas.HasRequests());

    std::string error;
    auto rasterizer = GlyphRasterizer::Open(kDefaultFontFile, kDefaultFontIndex, error);
    const int size = rasterizer->AddSize(metrics.normal.body, false);
    CheckEveryGlyphShowsItself(*body, pages, *rasterizer, size);
}

TEST_CASE("a full page is emptied and refilled; glyphs never point at another character's pixels") {
    ImGuiContextScope imgui;
    MemoryPages pages;
    FontAtlas atlas;
    FontSet fonts;
    const ThemeMetrics metrics = ComputeThemeMetrics(1080);
    PageCapacity small;
    small.body = 100;
    atlas.Open(fonts, kDefaultFontFile, kDefaultFontIndex, metrics, pages, small);
    ImFont* body = fonts.Body(TextSize::Large);
    std::string error;
    auto rasterizer = GlyphRasterizer::Open(kDefaultFontFile, kDefaultFontIndex, error);
    const int size = rasterizer->AddSize(metrics.large.body, false);

    // Frames of 60 new characters each, 2,000 characters in all: the page fills again and again.
    for (int frame = 0; frame < 34; ++frame) {
        const std::string screen = CjkRun(0x4E00 + frame * 60, 60);
        for (int pass = 0; pass < 3; ++pass) {
            atlas.Need(body, screen);
            if (!atlas.HasRequests()) break;
            atlas.Fill();
        }
        // What the frame shows is on the page once it is built again.
        atlas.Need(body, screen);
        CHECK_FALSE(atlas.HasRequests());
        CheckEveryGlyphShowsItself(*body, pages, *rasterizer, size);
    }
    const FontAtlasReport report = atlas.Report();
    CHECK(report.resets >= 10);
    CHECK(report.rasterised >= 2000);
    CHECK(body->Glyphs.Size <= 200); // a page's worth, not everything ever drawn
}

TEST_CASE("text measures exactly as with Dear ImGui's own FreeType atlas, so layouts do not move") {
    ImGuiContextScope imgui;
    MemoryPages pages;
    FontAtlas atlas;
    FontSet fonts;
    const ThemeMetrics metrics = ComputeThemeMetrics(1080);
    atlas.Open(fonts, kDefaultFontFile, kDefaultFontIndex, metrics, pages);
    const std::string text = "沙坡头的“麦草方格”：1958年，Baotou–Lanzhou Railway!";

    // Headings (and bold text) come from Noto Sans CJK's real bold face beside the regular one; only
    // without it are the regular outlines thickened.
    const std::filesystem::path boldFile = BoldFontBeside(kDefaultFontFile);
    REQUIRE(!boldFile.empty()); // Debian's fonts-noto-cjk ships NotoSansCJK-Bold.ttc
    CHECK(atlas.Report().realBold);
    for (const bool heading : {false, true}) {
        ImFont* ours = heading ? fonts.Heading(TextSize::Normal) : fonts.Body(TextSize::Normal);
        atlas.Need(ours, text);
        atlas.Fill();
        ImFontAtlas reference;
        reference.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
        reference.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
        ImFontConfig cfg;
        cfg.OversampleH = cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        if (heading && boldFile.empty()) cfg.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
        cfg.FontNo = kDefaultFontIndex;
        // Only the characters used: the whole range would take seconds.
        std::vector<ImWchar> used;
        for (std::size_t pos = 0; pos < text.size();) {
            const char32_t cp = NextCodePoint(text, pos);
            used.push_back(static_cast<ImWchar>(cp));
            used.push_back(static_cast<ImWchar>(cp));
        }
        used.push_back(0);
        const std::string file = heading ? boldFile.string() : std::string(kDefaultFontFile);
        ImFont* theirs = reference.AddFontFromFileTTF(file.c_str(), ours->FontSize, &cfg, used.data());
        REQUIRE(reference.Build());
        CHECK(ours->Ascent == theirs->Ascent);
        CHECK(ours->Descent == theirs->Descent);
        const float ourWidth = ours->CalcTextSizeA(ours->FontSize, FLT_MAX, 0, text.c_str()).x;
        const float theirWidth = theirs->CalcTextSizeA(theirs->FontSize, FLT_MAX, 0, text.c_str()).x;
        CHECK(ourWidth == theirWidth);
        const ImFontGlyph* a = ours->FindGlyphNoFallback(U'沙');
        const ImFontGlyph* b = theirs->FindGlyphNoFallback(U'沙');
        REQUIRE(a);
        REQUIRE(b);
        CHECK(a->X0 == b->X0);
        CHECK(a->Y0 == b->Y0);
        CHECK(a->X1 == b->X1);
        CHECK(a->Y1 == b->Y1);
    }
}

TEST_CASE("a character the font lacks draws as the fallback and is not asked for again") {
    ImGuiContextScope imgui;
    MemoryPages pages;
    FontAtlas atlas;
    FontSet fonts;
    atlas.Open(fonts, kDefaultFontFile, kDefaultFontIndex, ComputeThemeMetrics(1080), pages);
    ImFont* body = fonts.Body(TextSize::Normal);
    const std::string text = "A\uE000B";
    atlas.Need(body, text);
    atlas.Fill();
    atlas.Need(body, text);
    CHECK_FALSE(atlas.HasRequests());
    CHECK_FALSE(body->FindGlyphNoFallback(0xE000));
    REQUIRE(body->FallbackGlyph);
    CHECK(body->FallbackGlyph->Codepoint == '?');
}

TEST_CASE("without the font the kiosk falls back to ImGui's Latin font on one page, and says why") {
    ImGuiContextScope imgui;
    MemoryPages pages;
    FontAtlas atlas;
    FontSet fonts;
    const FontAtlasReport report =
        atlas.Open(fonts, "/nonexistent/font.ttc", 2, ComputeThemeMetrics(1080), pages);
    CHECK(report.usingFallback);
    CHECK(report.problem.find("/nonexistent/font.ttc: font file missing or unreadable") == 0);
    REQUIRE(fonts.Body(TextSize::Normal));
    CHECK(fonts.Body(TextSize::Normal)->FindGlyphNoFallback('A'));
    CHECK(pages.Count() == 1);
    atlas.Close();
    CHECK(pages.Count() == 0);
}

TEST_CASE("a rounded rectangle at fractional positions is drawn in pieces that meet on whole pixels") {
    ImGuiContextScope imgui;
    // What ImGui::NewFrame sets up for the draw lists (circle tessellation, the clip rectangle).
    ImDrawListSharedData* shared = ImGui::GetDrawListSharedData();
    shared->SetCircleTessellationMaxError(ImGui::GetStyle().CircleTessellationMaxError);
    shared->ClipRectFullscreen = ImVec4(0, 0, 1920, 1080);
    ImDrawList draw(shared);
    draw._ResetForNewFrame();
    draw.PushClipRectFullScreen();
    draw.PushTextureID(nullptr);
    draw.Flags = ImDrawListFlags_None; // as on the software path: no anti-aliasing fringe
    FillRoundedRect(&draw, ImVec2(48.4f, 930.6f), ImVec2(448.3f, 1060.7f), IM_COL32(40, 50, 60, 255), 18);
    REQUIRE(draw.VtxBuffer.Size > 12);
    // The three rectangles' corners (and the fans' centres) are the edges where pieces meet: each on
    // a whole pixel, so no renderer leaves a row between them.
    int onRectEdges = 0;
    for (const ImDrawVert& v : draw.VtxBuffer) {
        const bool edgeX = v.pos.x == 48 || v.pos.x == 448 || v.pos.x == 48 + 18 || v.pos.x == 448 - 18;
        const bool edgeY = v.pos.y == 931 || v.pos.y == 1061 || v.pos.y == 931 + 18 || v.pos.y == 1061 - 18;
        onRectEdges += edgeX && edgeY;
    }
    CHECK(onRectEdges >= 12); // 4 corners for each of the three rectangles
}

TEST_CASE("bold body text: the bold face at the body sizes, wider strokes, the same line height") {
    ImGuiContextScope imgui;
    MemoryPages pages;
    FontAtlas atlas;
    FontSet fonts;
    atlas.Open(fonts, kDefaultFontFile, kDefaultFontIndex, ComputeThemeMetrics(1080), pages);
    for (const TextSize size : {TextSize::Normal, TextSize::Large}) {
        ImFont* regular = fonts.Body(size);
        ImFont* bold = fonts.BodyBold(size);
        REQUIRE(bold);
        REQUIRE(bold != regular);
        CHECK(bold->FontSize == regular->FontSize);
        const std::string text = "麦草方格 straw squares";
        atlas.Need(regular, text);
        atlas.Need(bold, text);
        atlas.Fill();
        // Latin bold is wider; Chinese keeps its one-em advance but its strokes are heavier.
        CHECK(bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, "straw squares").x >
              regular->CalcTextSizeA(regular->FontSize, FLT_MAX, 0, "straw squares").x);
        const ImFontGlyph* r = regular->FindGlyphNoFallback(U'麦');
        const ImFontGlyph* b = bold->FindGlyphNoFallback(U'麦');
        REQUIRE(r);
        REQUIRE(b);
        CHECK(b->AdvanceX == r->AdvanceX);
        CHECK((b->X1 - b->X0) >= (r->X1 - r->X0));
    }
}
