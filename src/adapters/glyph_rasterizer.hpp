// FreeType rasterisation of one character at a time, for glyph pages filled on demand. The font file
// is opened once and read as glyphs need it (a Noto Sans CJK collection is 19 MB), shared by every
// size. Sizes follow Dear ImGui's FreeType builder exactly (the pixel
// size spans ascent + descent, light hinting, emboldening for bold), so text measures as before.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace kepu {

struct SizeMetrics {
    float ascent = 0;  // pixels above the baseline, rounded up
    float descent = 0; // pixels below it, negative
};

// One rendered glyph. The coverage stays valid until the next Render call.
struct RasterGlyph {
    int width = 0;
    int height = 0;
    int pitch = 0; // bytes per row of coverage
    const unsigned char* coverage = nullptr;
    int left = 0; // from the pen position to the bitmap's left edge
    int top = 0;  // from the baseline up to the bitmap's top edge
    float advance = 0;
};

class GlyphRasterizer {
  public:
    // Returns nullptr and a message (file, cause, fix) when the font cannot be opened.
    static std::unique_ptr<GlyphRasterizer> Open(const std::filesystem::path& fontFile, int faceIndex,
                                                 std::string& error);
    // Another rasteriser on the same mapped file with the same sizes, for a second thread (a FreeType
    // face is not safe to share between threads; the file's pages are).
    std::unique_ptr<GlyphRasterizer> Clone(std::string& error) const;
    ~GlyphRasterizer();
    GlyphRasterizer(const GlyphRasterizer&) = delete;
    GlyphRasterizer& operator=(const GlyphRasterizer&) = delete;

    // A size handle for Render; bold thickens outlines as ImGui's FreeType builder does.
    int AddSize(float pixelHeight, bool bold);
    SizeMetrics Metrics(int size) const;
    bool HasGlyph(char32_t cp) const;
    // False when the font has no glyph for cp (or FreeType fails on it).
    bool Render(int size, char32_t cp, RasterGlyph& out);

  private:
    GlyphRasterizer() = default;
    bool OpenFace(int faceIndex);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kepu
