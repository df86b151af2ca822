// FreeType rasterisation of one character at a time, for glyph pages filled on demand.
#include "adapters/glyph_rasterizer.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_SIZES_H
#include FT_SYNTHESIS_H

#include <cmath>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kepu {
namespace {

float CeilPixels(FT_Pos value26_6) {
    return static_cast<float>((value26_6 + 63) >> 6);
}

// The font file, open for reading, shared by every rasteriser made from it. FreeType reads it with
// pread through a stream of each face's own rather than from a mapping: a mapping's pages count in the
// kiosk's resident memory as glyphs are read (10.7 MB of Noto Sans CJK's 19 MB after a dense story),
// while a read costs about a microsecond next to a glyph's 50 µs of rasterising.
struct FontFile {
    int fd = -1;
    unsigned long size = 0;
    ~FontFile() {
        if (fd >= 0) ::close(fd);
    }
};

unsigned long ReadFont(FT_Stream stream, unsigned long offset, unsigned char* buffer, unsigned long count) {
    const int fd = static_cast<int>(stream->descriptor.value);
    if (count == 0) return offset <= stream->size ? 0 : 1; // a seek: 0 means it worked
    unsigned long done = 0;
    while (done < count) {
        const ssize_t got = ::pread(fd, buffer + done, count - done, static_cast<off_t>(offset + done));
        if (got <= 0) break;
        done += static_cast<unsigned long>(got);
    }
    return done;
}

} // namespace

struct GlyphRasterizer::Impl {
    std::shared_ptr<FontFile> file;
    FT_StreamRec stream{};
    int faceIndex = 0;
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    struct Size {
        FT_Size handle = nullptr;
        float pixelHeight = 0;
        bool bold = false;
        SizeMetrics metrics;
    };
    std::vector<Size> sizes;

    ~Impl() {
        if (face) FT_Done_Face(face); // frees its sizes too
        if (library) FT_Done_FreeType(library);
    }
};

std::unique_ptr<GlyphRasterizer> GlyphRasterizer::Open(const std::filesystem::path& fontFile, int faceIndex,
                                                       std::string& error) {
    std::unique_ptr<GlyphRasterizer> rasterizer(new GlyphRasterizer);
    rasterizer->m_impl = std::make_unique<Impl>();
    Impl& impl = *rasterizer->m_impl;
    impl.file = std::make_shared<FontFile>();
    impl.file->fd = ::open(fontFile.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (impl.file->fd >= 0 && ::fstat(impl.file->fd, &st) == 0 && S_ISREG(st.st_mode))
        impl.file->size = static_cast<unsigned long>(st.st_size);
    if (impl.file->size == 0) {
        error = fontFile.string() +
                ": font file missing or unreadable; Chinese cannot be shown. Fix: install "
                "fonts-noto-cjk (platform/linux/install-deps.sh) or set font = \"…\" in the settings file";
        return nullptr;
    }
    if (!rasterizer->OpenFace(faceIndex)) {
        error = fontFile.string() + ": the font file could not be read as font number " +
                std::to_string(faceIndex) +
                " (is it a font collection? set font_index, or reinstall fonts-noto-cjk)";
        return nullptr;
    }
    return rasterizer;
}

bool GlyphRasterizer::OpenFace(int faceIndex) {
    Impl& impl = *m_impl;
    impl.faceIndex = faceIndex;
    impl.stream.descriptor.value = impl.file->fd;
    impl.stream.size = impl.file->size;
    impl.stream.read = ReadFont;
    FT_Open_Args args{};
    args.flags = FT_OPEN_STREAM;
    args.stream = &impl.stream;
    return FT_Init_FreeType(&impl.library) == 0 &&
           FT_Open_Face(impl.library, &args, faceIndex, &impl.face) == 0 &&
           FT_Select_Charmap(impl.face, FT_ENCODING_UNICODE) == 0;
}

std::unique_ptr<GlyphRasterizer> GlyphRasterizer::Clone(std::string& error) const {
    std::unique_ptr<GlyphRasterizer> clone(new GlyphRasterizer);
    clone->m_impl = std::make_unique<Impl>();
    clone->m_impl->file = m_impl->file;
    if (!clone->OpenFace(m_impl->faceIndex)) {
        error = "FreeType cannot open the font a second time";
        return nullptr;
    }
    for (const Impl::Size& size : m_impl->sizes)
        clone->AddSize(size.pixelHeight, size.bold);
    return clone;
}

GlyphRasterizer::~GlyphRasterizer() = default;

int GlyphRasterizer::AddSize(float pixelHeight, bool bold) {
    Impl& impl = *m_impl;
    Impl::Size size;
    size.pixelHeight = pixelHeight;
    size.bold = bold;
    FT_New_Size(impl.face, &size.handle);
    FT_Activate_Size(size.handle);
    // As Dear ImGui's FreeType builder: the requested height is ascent + descent ("real dimension"),
    // truncated to whole pixels as it truncates SizePixels.
    FT_Size_RequestRec request{};
    request.type = FT_SIZE_REQUEST_TYPE_REAL_DIM;
    request.height = static_cast<FT_Long>(static_cast<unsigned>(pixelHeight)) * 64;
    FT_Request_Size(impl.face, &request);
    const FT_Size_Metrics& metrics = impl.face->size->metrics;
    size.metrics.ascent = CeilPixels(metrics.ascender);
    size.metrics.descent = CeilPixels(metrics.descender);
    impl.sizes.push_back(size);
    return static_cast<int>(impl.sizes.size()) - 1;
}

SizeMetrics GlyphRasterizer::Metrics(int size) const {
    return m_impl->sizes.at(static_cast<std::size_t>(size)).metrics;
}

bool GlyphRasterizer::HasGlyph(char32_t cp) const {
    return FT_Get_Char_Index(m_impl->face, cp) != 0;
}

bool GlyphRasterizer::Render(int size, char32_t cp, RasterGlyph& out) {
    Impl& impl = *m_impl;
    const Impl::Size& s = impl.sizes.at(static_cast<std::size_t>(size));
    const FT_UInt index = FT_Get_Char_Index(impl.face, cp);
    if (index == 0) return false;
    FT_Activate_Size(s.handle);
    if (FT_Load_Glyph(impl.face, index, FT_LOAD_NO_BITMAP | FT_LOAD_TARGET_LIGHT) != 0) return false;
    FT_GlyphSlot slot = impl.face->glyph;
    if (s.bold) FT_GlyphSlot_Embolden(slot);
    if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) return false;
    const FT_Bitmap& bitmap = slot->bitmap;
    out.width = static_cast<int>(bitmap.width);
    out.height = static_cast<int>(bitmap.rows);
    out.pitch = bitmap.pitch;
    out.coverage = bitmap.buffer;
    out.left = slot->bitmap_left;
    out.top = slot->bitmap_top;
    out.advance = CeilPixels(slot->advance.x);
    return true;
}

} // namespace kepu
