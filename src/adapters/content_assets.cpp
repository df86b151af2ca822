// The real answers to the content checks: FreeType for the font, stb_image for images.
#include "adapters/content_assets.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <stb_image.h>

namespace kepu {

FontAndImageChecks::FontAndImageChecks(const std::filesystem::path& fontFile, int faceIndex) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) {
        m_problem = "FreeType could not start";
        return;
    }
    FT_Face face = nullptr;
    if (FT_New_Face(library, fontFile.c_str(), faceIndex, &face) == 0) {
        FT_UInt glyph = 0;
        for (FT_ULong cp = FT_Get_First_Char(face, &glyph); glyph != 0;
             cp = FT_Get_Next_Char(face, cp, &glyph))
            m_drawable.insert(static_cast<char32_t>(cp));
        m_fontRead = true;
        FT_Done_Face(face);
    } else {
        m_problem = fontFile.string() + ": cannot read the font, so characters were not checked";
    }
    FT_Done_FreeType(library);
}

bool FontAndImageChecks::CanDraw(char32_t codePoint) const {
    // ImGui's atlas holds 16-bit characters only (Debian's build): others cannot be drawn at all.
    if (codePoint > 0xFFFF) return false;
    return !m_fontRead || m_drawable.count(codePoint) != 0;
}

ImageInfo FontAndImageChecks::ProbeImage(const std::filesystem::path& file) const {
    ImageInfo info;
    std::error_code ec;
    info.bytes = std::filesystem::file_size(file, ec);
    int channels = 0;
    // The header first: a few bytes can declare gigabytes of pixels, which decoding would allocate.
    if (!stbi_info(file.c_str(), &info.width, &info.height, &channels)) {
        const char* reason = stbi_failure_reason();
        info.problem = reason ? reason : "unknown format";
        return info;
    }
    info.readable = true;
    if (info.width > kMaxImageSide || info.height > kMaxImageSide || info.bytes > kMaxImageBytes) return info;
    // Then decode it fully: a header can be fine while the pixels are broken.
    int width = 0;
    int height = 0;
    unsigned char* pixels = stbi_load(file.c_str(), &width, &height, &channels, 0);
    if (pixels) {
        info.decodes = true;
        stbi_image_free(pixels);
    } else {
        const char* reason = stbi_failure_reason();
        info.problem = reason ? reason : "unknown format";
    }
    return info;
}

} // namespace kepu
