// Builds the ImGui font atlas from the glyphs actually used.
#include "app/font_atlas.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kepu {
namespace {

// The font file mapped read-only: every size shares the one mapping, and only the pages FreeType
// reads are touched. (ImGui 1.86's AddFont copies a buffer it does not own, once per size: five
// 19 MB copies of Noto CJK cost 280 ms and 95 MB here.)
class MappedFile {
  public:
    explicit MappedFile(const std::filesystem::path& file) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && st.st_size > 0) {
            void* data = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (data != MAP_FAILED) {
                m_data = data;
                m_size = static_cast<std::size_t>(st.st_size);
            }
        }
        ::close(fd);
    }
    ~MappedFile() {
        if (m_data) ::munmap(m_data, m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    void* Data() const { return m_data; }
    std::size_t Size() const { return m_size; }

  private:
    void* m_data = nullptr;
    std::size_t m_size = 0;
};

ImTextureID g_texture = nullptr;

std::vector<ImWchar> ToImGuiRanges(const GlyphSet& glyphs) {
    // ImWchar is 16-bit in Debian's build: characters beyond the BMP are left out (the content
    // validator reports them).
    std::vector<ImWchar> ranges;
    for (const auto& [first, last] : glyphs.Ranges(0xFFFF)) {
        ranges.push_back(static_cast<ImWchar>(first));
        ranges.push_back(static_cast<ImWchar>(last));
    }
    ranges.push_back(0);
    return ranges;
}

// One glyph page holding the whole atlas: one byte of coverage per pixel on OpenGL (a quarter of
// RGBA's memory), drawn white with the coverage as alpha on either renderer.
void UploadAlphaTexture(GlyphTextures& textures, ImFontAtlas& atlas, FontAtlasReport& report) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    DestroyFontAtlasTexture(textures);
    g_texture = textures.CreatePage(width, height);
    if (g_texture) textures.UpdatePage(g_texture, 0, 0, width, height, pixels, width);
    atlas.SetTexID(g_texture);
    report.textureWidth = width;
    report.textureHeight = height;
    report.textureBytes = static_cast<std::size_t>(width) * height;
}

} // namespace

void DestroyFontAtlasTexture(GlyphTextures& textures) {
    if (g_texture) textures.DestroyPage(g_texture);
    g_texture = nullptr;
}

FontAtlasReport BuildFontAtlas(GlyphTextures& textures, FontSet& fonts, const std::filesystem::path& fontFile,
                               int fontIndex, const ThemeMetrics& metrics, const AtlasGlyphs& glyphs) {
    const auto start = std::chrono::steady_clock::now();
    FontAtlasReport report;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;

    const std::vector<ImWchar> bodyRanges = ToImGuiRanges(glyphs.body);
    const std::vector<ImWchar> headingRanges = ToImGuiRanges(glyphs.heading);
    const std::vector<ImWchar> heroRanges = ToImGuiRanges(glyphs.hero);
    report.glyphCount = glyphs.body.Size();

    const MappedFile file(fontFile);
    const float sizes[] = {metrics.normal.body, metrics.large.body, metrics.normal.heading,
                           metrics.large.heading, metrics.hero};
    ImFont* built[5] = {};
    if (file.Data()) {
        for (int i = 0; i < 5; ++i) {
            ImFontConfig cfg;
            cfg.FontData = file.Data();
            cfg.FontDataSize = static_cast<int>(file.Size());
            cfg.FontDataOwnedByAtlas = true; // so AddFont does not copy it; taken back below
            cfg.FontNo = fontIndex;
            cfg.SizePixels = sizes[i];
            cfg.GlyphRanges = i == 4 ? heroRanges.data() : i >= 2 ? headingRanges.data() : bodyRanges.data();
            cfg.OversampleH = cfg.OversampleV = 1;
            cfg.PixelSnapH = true;
            if (i >= 2) cfg.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold; // headings
            std::snprintf(cfg.Name, sizeof cfg.Name, "kiosk %.0fpx", sizes[i]);
            built[i] = atlas.AddFont(&cfg);
        }
        // The mapping is ours: the atlas must never free it.
        for (ImFontConfig& cfg : atlas.ConfigData)
            cfg.FontDataOwnedByAtlas = false;
        if (!atlas.Build()) {
            report.problem = fontFile.string() + ": the font file could not be read as font number " +
                             std::to_string(fontIndex) +
                             " (is it a font collection? set font_index, or reinstall fonts-noto-cjk)";
            atlas.Clear();
            atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
        }
    } else {
        report.problem =
            fontFile.string() +
            ": font file missing or unreadable; Chinese cannot be shown. Fix: install "
            "fonts-noto-cjk (platform/linux/install-deps.sh) or set font = \"…\" in the settings file";
    }
    if (!report.problem.empty()) {
        // ImGui's built-in Latin font, scaled up: the kiosk stays usable in English.
        report.usingFallback = true;
        for (int i = 0; i < 5; ++i) {
            ImFontConfig cfg;
            cfg.SizePixels = sizes[i];
            built[i] = atlas.AddFontDefault(&cfg);
        }
        atlas.Build();
    }
    fonts.body[0] = built[0];
    fonts.body[1] = built[1];
    fonts.heading[0] = built[2];
    fonts.heading[1] = built[3];
    fonts.hero = built[4];
    ImGui::GetIO().FontDefault = built[0];

    UploadAlphaTexture(textures, atlas, report);
    // The GPU has its copy now; the CPU copies (pixels, builder data) go, and the mapping with them.
    atlas.ClearTexData();
    atlas.ClearInputData();
    report.buildMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace kepu
