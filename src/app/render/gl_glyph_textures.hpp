// Glyph pages as OpenGL textures: one byte per pixel (GL_R8), swizzled so ImGui's shader reads white
// with the coverage as alpha; a quarter of RGBA's memory and upload time.
#pragma once
#include "app/render/glyph_textures.hpp"

namespace kepu {

class GlGlyphTextures final : public GlyphTextures {
  public:
    ImTextureID CreatePage(int width, int height) override;
    void UpdatePage(ImTextureID page, int x, int y, int width, int height, const unsigned char* coverage,
                    int pitch) override;
    void DestroyPage(ImTextureID page) override;
};

} // namespace kepu
