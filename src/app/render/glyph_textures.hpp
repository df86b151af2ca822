// Where glyph pages live on the renderer: textures of one-byte coverage, drawn white with that
// coverage as alpha. The GL path stores one byte per pixel; SDL's software renderer has no 8-bit
// texture format and expands to ARGB. Pages are updated in place as glyphs are first needed.
#pragma once
#include <imgui.h>

namespace kepu {

class GlyphTextures {
  public:
    virtual ~GlyphTextures() = default;
    // A page cleared to transparent, or nullptr when the renderer cannot make one.
    virtual ImTextureID CreatePage(int width, int height) = 0;
    // Copies a rectangle of coverage (rows of `pitch` bytes) into the page at (x, y).
    virtual void UpdatePage(ImTextureID page, int x, int y, int width, int height,
                            const unsigned char* coverage, int pitch) = 0;
    virtual void DestroyPage(ImTextureID page) = 0;
};

} // namespace kepu
