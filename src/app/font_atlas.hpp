// Builds the ImGui font atlas from the glyphs actually used, at the few sizes the theme needs,
// uploads it to the GPU and frees the CPU copy. A missing font is reported, not fatal: the kiosk
// falls back to ImGui's built-in Latin font.
#pragma once
#include "app/render/glyph_textures.hpp"
#include "core/glyph_set.hpp"
#include "core/kiosk_types.hpp"
#include "core/theme_metrics.hpp"

#include <filesystem>
#include <string>
#include <vector>

struct ImFont;

namespace kepu {

struct FontSet {
    ImFont* body[2] = {nullptr, nullptr}; // indexed by TextSize
    ImFont* heading[2] = {nullptr, nullptr};
    ImFont* hero = nullptr;
    ImFont* Body(TextSize size) const { return body[static_cast<int>(size)]; }
    ImFont* Heading(TextSize size) const { return heading[static_cast<int>(size)]; }
};

struct FontAtlasReport {
    double buildMs = 0;
    int textureWidth = 0;
    int textureHeight = 0;
    std::size_t textureBytes = 0;
    std::size_t glyphCount = 0;
    bool usingFallback = false;
    std::string problem; // empty when the configured font loaded
};

// Makes its texture through the window's glyph pages (OpenGL or SDL's software renderer). Safe to call again
// (content reload, screen size change): the previous texture is replaced. The body sizes hold `body`; the
// heading sizes only `heading` (interface text and content titles); the title size only `hero` (the attract
// screen's title).
struct AtlasGlyphs {
    const GlyphSet& body;
    const GlyphSet& heading;
    const GlyphSet& hero;
};
FontAtlasReport BuildFontAtlas(GlyphTextures& textures, FontSet& fonts, const std::filesystem::path& fontFile,
                               int fontIndex, const ThemeMetrics& metrics, const AtlasGlyphs& glyphs);
// Frees the atlas texture (before the window goes).
void DestroyFontAtlasTexture(GlyphTextures& textures);

} // namespace kepu
