// The kiosk's text: five ImFonts (body and heading at normal and large size, the attract title) whose
// glyphs are rasterised on demand. Each font has its own texture page, filled the first time a frame
// draws a character; the frame is then built again before it is shown, so a visitor never sees a
// missing glyph, and start-up rasterises only what the first screen shows. A full page is emptied and
// refilled from the next frame's text. Dear ImGui 1.86 has no dynamic glyphs; ImFont::AddGlyph and
// BuildLookupTable are its public parts this builds on.
//
// Why on demand and not a cached atlas: with 5,000 distinct characters the full atlas needs 4096×4096
// (16 MB) and 348 ms to build (MEASUREMENTS.md); a visitor sees a few hundred characters at one size.
// A missing font is reported, not fatal: the kiosk falls back to ImGui's built-in Latin font.
#pragma once
#include "app/render/glyph_textures.hpp"
#include "core/kiosk_types.hpp"
#include "core/theme_metrics.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct ImDrawList;
struct ImFont;
struct ImFontAtlas;

namespace kepu {

class GlyphRasterizer;
struct RasterGlyph;

struct FontSet {
    ImFont* body[2] = {nullptr, nullptr}; // indexed by TextSize
    ImFont* heading[2] = {nullptr, nullptr};
    ImFont* hero = nullptr;
    ImFont* bodyBold[2] = {nullptr, nullptr}; // a story's **bold** runs, at the body sizes
    ImFont* Body(TextSize size) const { return body[static_cast<int>(size)]; }
    ImFont* Heading(TextSize size) const { return heading[static_cast<int>(size)]; }
    ImFont* BodyBold(TextSize size) const { return bodyBold[static_cast<int>(size)]; }
};

// The bold face beside a regular one: the same path with "Regular" as "Bold" (Debian's fonts-noto-cjk
// ships NotoSansCJK-Bold.ttc beside NotoSansCJK-Regular.ttc), or empty when there is none.
std::filesystem::path BoldFontBeside(const std::filesystem::path& regular);

struct FontAtlasReport {
    double buildMs = 0;    // opening the font and the first page
    double fillMs = 0;     // rasterising and uploading glyphs since the fonts were opened
    bool realBold = false; // headings and bold text from the bold font file (else the regular thickened)
    int textureWidth = 0;  // of the body page (normal text)
    int textureHeight = 0;
    std::size_t textureBytes = 0; // of every page made so far, at one byte per pixel
    std::size_t pages = 0;
    std::size_t glyphCount = 0; // on the pages now
    std::size_t rasterised = 0; // since the fonts were opened
    int resets = 0;             // full pages emptied
    bool usingFallback = false;
    std::string problem; // empty when the configured font loaded
};

// How many Chinese characters each page holds before it is emptied: the body sizes hold several long
// stories' worth (a dense screen of large text shows about 400 distinct characters), the headings
// titles and interface text, the attract title a handful. Tests make them small to empty pages often.
struct PageCapacity {
    int body = 1500;
    int heading = 600;
    int hero = 48;
};

class FontAtlas {
  public:
    FontAtlas();
    ~FontAtlas();
    FontAtlas(const FontAtlas&) = delete;
    FontAtlas& operator=(const FontAtlas&) = delete;

    // Sets up the theme's sizes (again after a screen size change); no character is rasterised yet
    // except the body page's basics. Needs the renderer's texture pages.
    FontAtlasReport Open(FontSet& fonts, const std::filesystem::path& fontFile, int fontIndex,
                         const ThemeMetrics& metrics, GlyphTextures& textures, PageCapacity capacity = {});
    // Frees the pages (before the renderer goes).
    void Close();

    // A frame draws (or measures) text in font: characters not on its page are asked for.
    void Need(const ImFont* font, std::string_view text);
    // Text only measured (line breaking a whole story to know its height): only the characters whose
    // width is not known without their glyph are asked for. Every Chinese character of the font is one
    // em wide, and is measured so before it is drawn.
    void NeedWidths(const ImFont* font, std::string_view text);
    bool HasRequests() const;
    // Rasterises what was asked for and puts it on the pages. Call between frames, or between a frame
    // that asked and the same frame built again: never while a frame's draw data is still to be drawn.
    void Fill();
    FontAtlasReport Report() const;

    // Body and heading at both sizes, the title, bold body at both sizes.
    static constexpr int kFaceCount = 7;

  private:
    struct Face;
    Face* FaceOf(const ImFont* font) const;
    void Ask(const ImFont* font, std::string_view text, bool ideographs);
    void EnsurePage(Face& face);
    void ResetPage(Face& face);
    bool AddGlyph(Face& face, char32_t cp);
    bool PutGlyph(Face& face, char32_t cp, const RasterGlyph& glyph);
    FontAtlasReport OpenFallback(FontSet& fonts, const float sizes[kFaceCount], FontAtlasReport report);
    GlyphRasterizer& RasterizerOf(const Face& face) const;

    GlyphTextures* m_textures = nullptr;
    std::unique_ptr<GlyphRasterizer> m_rasterizer;
    std::unique_ptr<GlyphRasterizer> m_bold;   // the bold file, when there is one
    std::unique_ptr<GlyphRasterizer> m_helper; // the same font for a second thread, made when first needed
    std::unique_ptr<GlyphRasterizer> m_boldHelper;
    std::vector<std::unique_ptr<Face>> m_faces;
    std::unique_ptr<ImFontAtlas> m_fallback; // ImGui's Latin font when the configured one fails
    ImTextureID m_fallbackPage = nullptr;
    std::vector<unsigned char> m_scratch;
    FontAtlasReport m_report;
};

// Draws one line of text with its font's page bound: each font has its own page, and
// ImDrawList::AddText draws with the texture of the draw command it is given.
// A line of font's text with its top at y shows inside the draw list's clip rectangle.
bool LineShown(const ImDrawList* draw, const ImFont* font, float y);
// Asks the atlas (when there is one) for the line's characters if the line is inside the clip rectangle.
void AddFontText(FontAtlas* atlas, ImDrawList* draw, const ImFont* font, ImVec2 pos, ImU32 color,
                 const char* text);

} // namespace kepu
