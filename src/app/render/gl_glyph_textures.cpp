// Glyph pages as OpenGL textures, updated in place.
#include "app/render/gl_glyph_textures.hpp"

#include <SDL_opengl.h>

#include <cstdint>
#include <vector>

namespace kepu {
namespace {
GLuint Name(ImTextureID page) {
    return static_cast<GLuint>(reinterpret_cast<std::intptr_t>(page));
}
} // namespace

ImTextureID GlGlyphTextures::CreatePage(int width, int height) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    if (!texture) return nullptr;
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    // Cleared: an uninitialised texture's content is undefined.
    const std::vector<unsigned char> clear(static_cast<std::size_t>(width) * height, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, clear.data());
    if (glGetError() != GL_NO_ERROR) {
        glDeleteTextures(1, &texture);
        return nullptr;
    }
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
}

void GlGlyphTextures::UpdatePage(ImTextureID page, int x, int y, int width, int height,
                                 const unsigned char* coverage, int pitch) {
    glBindTexture(GL_TEXTURE_2D, Name(page));
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, pitch);
    glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, width, height, GL_RED, GL_UNSIGNED_BYTE, coverage);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
}

void GlGlyphTextures::DestroyPage(ImTextureID page) {
    const GLuint texture = Name(page);
    if (texture) glDeleteTextures(1, &texture);
}

} // namespace kepu
