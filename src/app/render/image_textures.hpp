// Where pictures live on the renderer (quiz and story images): RGBA textures made once from decoded
// pixels and drawn scaled. Beside GlyphTextures, which hold one-byte coverage updated in place.
#pragma once
#include <imgui.h>

namespace kepu {

class ImageTextures {
  public:
    virtual ~ImageTextures() = default;
    // A texture of width x height RGBA pixels (4 bytes each, rows top to bottom, no padding), or
    // nullptr when the renderer cannot make one. Straight (not premultiplied) alpha, smooth scaling.
    virtual ImTextureID CreateRgba(int width, int height, const unsigned char* rgba) = 0;
    virtual void Destroy(ImTextureID texture) = 0;
};

} // namespace kepu
