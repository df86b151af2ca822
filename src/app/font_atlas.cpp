// Builds the ImGui font atlas from the glyphs actually used.
#include "app/font_atlas.hpp"

#include <imgui.h>
#include <imgui_freetype.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <cstdio>
#include <fstream>

namespace kepu {
namespace {

std::vector<char> ReadWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) return {};
    const auto size = static_cast<std::size_t>(in.tellg());
    std::vector<char> data(size);
    in.seekg(0);
    in.read(data.data(), static_cast<std::streamsize>(size));
    if (!in) return {};
    return data;
}

} // namespace

FontAtlasReport BuildFontAtlas(FontSet& fonts, const std::filesystem::path& fontFile, int fontIndex,
                               const ThemeMetrics& metrics, const GlyphSet& glyphs) {
    const auto start = std::chrono::steady_clock::now();
    FontAtlasReport report;
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    io.Fonts->TexDesiredWidth = 4096;

    // ImWchar is 16-bit in Debian's build: characters beyond the BMP are left out (the content
    // validator reports them).
    std::vector<ImWchar> ranges;
    for (const auto& [first, last] : glyphs.Ranges(0xFFFF)) {
        ranges.push_back(static_cast<ImWchar>(first));
        ranges.push_back(static_cast<ImWchar>(last));
    }
    ranges.push_back(0);
    report.glyphCount = glyphs.Size();

    std::vector<char> fontData = ReadWholeFile(fontFile);
    const float sizes[] = {metrics.normal.body, metrics.large.body, metrics.normal.heading, metrics.large.heading,
                           metrics.hero};
    ImFont* built[5] = {};
    if (!fontData.empty()) {
        for (int i = 0; i < 5; ++i) {
            ImFontConfig cfg;
            cfg.FontData = fontData.data();
            cfg.FontDataSize = static_cast<int>(fontData.size());
            cfg.FontDataOwnedByAtlas = false; // one copy of the file serves every size
            cfg.FontNo = fontIndex;
            cfg.SizePixels = sizes[i];
            cfg.GlyphRanges = ranges.data();
            cfg.OversampleH = cfg.OversampleV = 1;
            cfg.PixelSnapH = true;
            if (i >= 2) cfg.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold; // headings
            std::snprintf(cfg.Name, sizeof cfg.Name, "kiosk %.0fpx", sizes[i]);
            built[i] = io.Fonts->AddFont(&cfg);
        }
        if (!io.Fonts->Build()) {
            report.problem = fontFile.string() + ": the font file could not be read as font number " +
                             std::to_string(fontIndex) +
                             " (is it a font collection? set font_index, or reinstall fonts-noto-cjk)";
            io.Fonts->Clear();
            io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
        }
    } else {
        report.problem = fontFile.string() +
                         ": font file missing or unreadable; Chinese cannot be shown. Fix: install "
                         "fonts-noto-cjk (platform/linux/install-deps.sh) or set font = \"…\" in the settings file";
    }
    if (!report.problem.empty()) {
        // ImGui's built-in Latin font, scaled up: the kiosk stays usable in English.
        report.usingFallback = true;
        for (int i = 0; i < 5; ++i) {
            ImFontConfig cfg;
            cfg.SizePixels = sizes[i];
            built[i] = io.Fonts->AddFontDefault(&cfg);
        }
        io.Fonts->Build();
    }
    fonts.body[0] = built[0];
    fonts.body[1] = built[1];
    fonts.heading[0] = built[2];
    fonts.heading[1] = built[3];
    fonts.hero = built[4];
    io.FontDefault = built[0];

    report.textureWidth = io.Fonts->TexWidth;
    report.textureHeight = io.Fonts->TexHeight;
    ImGui_ImplOpenGL3_CreateFontsTexture();
    // The GPU has its copy now; the CPU copies (RGBA pixels, font file, builder data) can go.
    io.Fonts->ClearTexData();
    io.Fonts->ClearInputData();
    report.buildMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace kepu
