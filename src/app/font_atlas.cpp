// The kiosk's text: ImFonts whose glyphs are rasterised on demand onto one texture page per font.
#include "app/font_atlas.hpp"

#include "adapters/glyph_rasterizer.hpp"
#include "core/glyph_book.hpp"
#include "core/utf8.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <future>

namespace kepu {
namespace {

using SteadyClock = std::chrono::steady_clock;

double MsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

constexpr int kPadding = 1; // clear pixels around each glyph: linear filtering never reads a neighbour

// ImFont::BuildLookupTable keeps the fallback character it settled on last time: a font that had
// only its space then would draw blanks for ever. '?' is asked for each time (the font has it once
// its page exists).
//
// A character not on the page yet is measured as wide as a Chinese character (if it is one) rather
// than as '?': the frame that asks for it then breaks its lines almost as the frame built again will,
// and asks for the characters that frame shows. Measured as '?' (half as wide), a dense story's first
// frame laid out twice the text and asked for 1,235 characters instead of about 500.
void BuildLookup(ImFont& font, float ideographAdvance) {
    font.FallbackChar = static_cast<ImWchar>('?');
    font.BuildLookupTable();
    for (int cp = 0; cp < font.IndexAdvanceX.Size; ++cp)
        if (font.IndexLookup[cp] == static_cast<ImWchar>(-1) && IsCjkIdeographic(static_cast<char32_t>(cp)))
            font.IndexAdvanceX[cp] = ideographAdvance;
    // Beyond the table (characters above the highest one on the page) most text is Chinese.
    font.FallbackAdvanceX = ideographAdvance;
}

// The faces in FontSet's order (body normal, body large, heading normal, heading large, title, bold body
// normal, bold body large); the normal body size is ImGui's default font.
void UseFonts(FontSet& fonts, ImFont* const built[FontAtlas::kFaceCount]) {
    fonts.body[0] = built[0];
    fonts.body[1] = built[1];
    fonts.heading[0] = built[2];
    fonts.heading[1] = built[3];
    fonts.hero = built[4];
    fonts.bodyBold[0] = built[5];
    fonts.bodyBold[1] = built[6];
    ImGui::GetIO().FontDefault = built[0];
}

} // namespace

struct FontAtlas::Face {
    ImFontConfig config;
    ImFontAtlas container; // the ImFont's ContainerAtlas: only its texture id and white pixel are used
    ImFont font;
    GlyphBook book;
    int rasterSize = 0;
    bool fromBoldFile = false;
    float ideographAdvance = 0; // how wide a Chinese character is at this size
    PageSize pageSize;
    ImTextureID page = nullptr;

    Face(float pixels, PageSize size)
        : book(size.width, size.height, kPadding, CharacterHeight(pixels)), pageSize(size) {}
};

FontAtlas::FontAtlas() = default;
FontAtlas::~FontAtlas() {
    Close();
}

void FontAtlas::Close() {
    if (m_textures) {
        for (auto& face : m_faces)
            if (face->page) m_textures->DestroyPage(face->page);
        if (m_fallbackPage) m_textures->DestroyPage(m_fallbackPage);
    }
    m_faces.clear();
    m_fallback.reset();
    m_fallbackPage = nullptr;
    m_helper.reset();
    m_boldHelper.reset();
    m_bold.reset();
    m_rasterizer.reset();
}

std::filesystem::path BoldFontBeside(const std::filesystem::path& regular) {
    std::string name = regular.filename().string();
    const std::size_t at = name.find("Regular");
    if (at == std::string::npos) return {};
    name.replace(at, 7, "Bold");
    std::error_code ec;
    const std::filesystem::path bold = regular.parent_path() / name;
    return std::filesystem::is_regular_file(bold, ec) ? bold : std::filesystem::path();
}

GlyphRasterizer& FontAtlas::RasterizerOf(const Face& face) const {
    return face.fromBoldFile && m_bold ? *m_bold : *m_rasterizer;
}

FontAtlasReport FontAtlas::Open(FontSet& fonts, const std::filesystem::path& fontFile, int fontIndex,
                                const ThemeMetrics& metrics, GlyphTextures& textures, PageCapacity capacity) {
    const auto start = SteadyClock::now();
    Close();
    m_textures = &textures;
    m_report = {};
    // ImGui::NewFrame insists that its own atlas (io.Fonts) is built, though the kiosk never draws
    // with it: built with ImGui's small default font, and its pixels dropped at once.
    ImFontAtlas& imguiAtlas = *ImGui::GetIO().Fonts;
    if (!imguiAtlas.IsBuilt()) {
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        imguiAtlas.GetTexDataAsAlpha8(&pixels, &width, &height);
        imguiAtlas.ClearTexData();
    }
    const float sizes[kFaceCount] = {metrics.normal.body,   metrics.large.body, metrics.normal.heading,
                                     metrics.large.heading, metrics.hero,       metrics.normal.body,
                                     metrics.large.body};
    std::string error;
    m_rasterizer = GlyphRasterizer::Open(fontFile, fontIndex, error);
    if (!m_rasterizer) {
        m_report.problem = error;
        return OpenFallback(fonts, sizes, m_report);
    }
    // Headings, the title and bold text come from the real bold face when it is there (Noto Sans CJK
    // has one); else the regular outlines are thickened, as before.
    if (const std::filesystem::path boldFile = BoldFontBeside(fontFile); !boldFile.empty()) {
        std::string boldError;
        m_bold = GlyphRasterizer::Open(boldFile, fontIndex, boldError);
        if (!m_bold)
            std::fprintf(stderr, "kepu-kiosk: %s (bold text is thickened instead)\n", boldError.c_str());
    }
    m_report.realBold = m_bold != nullptr;
    ImFont* built[kFaceCount] = {};
    for (int i = 0; i < kFaceCount; ++i) {
        const bool bold = i >= 2; // headings, the title and the bold body sizes
        // Bold runs in a story are short: the bold body pages hold what the headings' do.
        const int glyphs = i == 4 ? capacity.hero : bold ? capacity.heading : capacity.body;
        auto face = std::make_unique<Face>(sizes[i], GlyphPageSize(sizes[i], glyphs));
        face->fromBoldFile = bold && m_bold;
        GlyphRasterizer& rasterizer = RasterizerOf(*face);
        face->rasterSize = rasterizer.AddSize(sizes[i], bold && !m_bold);
        RasterGlyph ideograph;
        face->ideographAdvance = rasterizer.Render(face->rasterSize, U'中', ideograph)
                                     ? ideograph.advance
                                     : std::round(sizes[i] * kCjkGlyphWidthPerFontPx);
        const SizeMetrics sizeMetrics = rasterizer.Metrics(face->rasterSize);
        ImFontConfig& cfg = face->config;
        cfg.SizePixels = sizes[i];
        cfg.PixelSnapH = true;
        cfg.FontDataOwnedByAtlas = false;
        std::snprintf(cfg.Name, sizeof cfg.Name, "kiosk %.0fpx%s", sizes[i], bold ? " bold" : "");
        face->container.Flags |= ImFontAtlasFlags_NoBakedLines | ImFontAtlasFlags_NoMouseCursors;
        face->container.TexGlyphPadding = kPadding;
        ImFont& font = face->font;
        font.FontSize = sizes[i];
        font.ConfigData = &face->config;
        font.ConfigDataCount = 1;
        font.ContainerAtlas = &face->container;
        font.Ascent = sizeMetrics.ascent;
        font.Descent = sizeMetrics.descent;
        built[i] = &font;
        m_faces.push_back(std::move(face));
    }
    // The body font at normal size is ImGui's default: window backgrounds and shapes are drawn with
    // its page's white block, so that page exists from the start. The others come when first drawn.
    for (auto& face : m_faces)
        ResetPage(*face);
    EnsurePage(*m_faces[0]);
    UseFonts(fonts, built);
    m_report.buildMs = MsSince(start);
    return Report();
}

FontAtlasReport FontAtlas::OpenFallback(FontSet& fonts, const float sizes[kFaceCount],
                                        FontAtlasReport report) {
    // ImGui's built-in Latin font, scaled up: the kiosk stays usable in English.
    report.usingFallback = true;
    m_fallback = std::make_unique<ImFontAtlas>();
    m_fallback->Flags |= ImFontAtlasFlags_NoMouseCursors;
    ImFont* built[kFaceCount] = {};
    for (int i = 0; i < kFaceCount; ++i) {
        ImFontConfig cfg;
        cfg.SizePixels = sizes[i];
        built[i] = m_fallback->AddFontDefault(&cfg);
    }
    m_fallback->Build();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    m_fallback->GetTexDataAsAlpha8(&pixels, &width, &height);
    m_fallbackPage = m_textures->CreatePage(width, height);
    if (m_fallbackPage) m_textures->UpdatePage(m_fallbackPage, 0, 0, width, height, pixels, width);
    m_fallback->SetTexID(m_fallbackPage);
    m_fallback->ClearTexData();
    report.textureWidth = width;
    report.textureHeight = height;
    report.textureBytes = static_cast<std::size_t>(width) * height;
    report.pages = 1;
    UseFonts(fonts, built);
    m_report = report;
    return report;
}

FontAtlas::Face* FontAtlas::FaceOf(const ImFont* font) const {
    for (const auto& face : m_faces)
        if (&face->font == font) return face.get();
    return nullptr;
}

void FontAtlas::Need(const ImFont* font, std::string_view text) {
    Ask(font, text, true);
}

void FontAtlas::NeedWidths(const ImFont* font, std::string_view text) {
    Ask(font, text, false);
}

void FontAtlas::Ask(const ImFont* font, std::string_view text, bool ideographs) {
    Face* face = nullptr;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = NextCodePoint(text, pos);
        if (cp < 0x20 || (!ideographs && IsCjkIdeographic(cp))) continue;
        if (cp <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) continue;
        if (!face && !(face = FaceOf(font))) return; // the fallback font: nothing to add
        face->book.Request(cp);
    }
}

bool FontAtlas::HasRequests() const {
    for (const auto& face : m_faces)
        if (face->book.HasRequests()) return true;
    return false;
}

void FontAtlas::EnsurePage(Face& face) {
    if (face.page) return;
    face.page = m_textures->CreatePage(face.pageSize.width, face.pageSize.height);
    face.container.TexID = face.page;
    face.container.TexWidth = face.pageSize.width;
    face.container.TexHeight = face.pageSize.height;
    face.container.TexUvScale = ImVec2(1.0f / face.pageSize.width, 1.0f / face.pageSize.height);
    ++m_report.pages;
    m_report.textureBytes += static_cast<std::size_t>(face.pageSize.width) * face.pageSize.height;
    ResetPage(face);
}

// Empties the page: only the space (no pixels) and, once the page exists, the white block shapes are
// drawn with and '?' (drawn for a character the font lacks) stay.
void FontAtlas::ResetPage(Face& face) {
    face.book.Reset();
    face.font.Glyphs.clear();
    AddGlyph(face, U' ');
    if (face.page) {
        if (const auto white = face.book.Reserve(2, 2)) {
            const unsigned char block[16] = {0, 0, 0, 0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 0, 0, 0};
            m_textures->UpdatePage(face.page, white->x - 1, white->y - 1, 4, 4, block, 4);
            face.container.TexUvWhitePixel =
                ImVec2((white->x + 1.0f) / face.pageSize.width, (white->y + 1.0f) / face.pageSize.height);
        }
        AddGlyph(face, U'?');
    }
    BuildLookup(face.font, face.ideographAdvance);
}

// Rasterises one character onto the face's page and into its ImFont. False when the page is full.
bool FontAtlas::AddGlyph(Face& face, char32_t cp) {
    RasterGlyph glyph;
    if (!RasterizerOf(face).Render(face.rasterSize, cp, glyph)) {
        face.book.MarkAbsent(cp);
        return true;
    }
    return PutGlyph(face, cp, glyph);
}

// Puts a rasterised glyph on the face's page and into its ImFont. False when the page is full.
bool FontAtlas::PutGlyph(Face& face, char32_t cp, const RasterGlyph& glyph) {
    ++m_report.rasterised;
    const bool blank = glyph.width == 0 || glyph.height == 0;
    if (blank) {
        face.font.AddGlyph(&face.config, static_cast<ImWchar>(cp), 0, 0, 0, 0, 0, 0, 0, 0, glyph.advance);
        face.book.MarkBlank(cp);
        return true;
    }
    if (!face.page) return false;
    const auto rect = face.book.Place(cp, glyph.width, glyph.height);
    if (!rect) return false;
    // The bitmap with its clear border, so whatever an emptied page held there is overwritten.
    const int w = glyph.width + 2 * kPadding, h = glyph.height + 2 * kPadding;
    m_scratch.assign(static_cast<std::size_t>(w) * h, 0);
    for (int row = 0; row < glyph.height; ++row)
        std::memcpy(&m_scratch[static_cast<std::size_t>(row + kPadding) * w + kPadding],
                    glyph.coverage + static_cast<std::ptrdiff_t>(row) * glyph.pitch, glyph.width);
    m_textures->UpdatePage(face.page, rect->x - kPadding, rect->y - kPadding, w, h, m_scratch.data(), w);

    const float x0 = static_cast<float>(glyph.left);
    const float y0 = std::round(face.font.Ascent) - static_cast<float>(glyph.top);
    const ImVec2 uvScale = face.container.TexUvScale;
    face.font.AddGlyph(&face.config, static_cast<ImWchar>(cp), x0, y0, x0 + glyph.width, y0 + glyph.height,
                       rect->x * uvScale.x, rect->y * uvScale.y, (rect->x + glyph.width) * uvScale.x,
                       (rect->y + glyph.height) * uvScale.y, glyph.advance);
    return true;
}

namespace {

// One character to rasterise, and its bitmap once done (copied out of FreeType's slot).
struct Job {
    int face = 0;
    bool bold = false; // from the bold file
    int rasterSize = 0;
    char32_t cp = 0;
    bool found = false;
    RasterGlyph glyph;
    std::vector<unsigned char> pixels;
};

void Rasterise(GlyphRasterizer& rasterizer, Job& job) {
    RasterGlyph glyph;
    job.found = rasterizer.Render(job.rasterSize, job.cp, glyph);
    if (!job.found) return;
    job.pixels.resize(static_cast<std::size_t>(glyph.width) * glyph.height);
    for (int row = 0; row < glyph.height; ++row)
        std::memcpy(&job.pixels[static_cast<std::size_t>(row) * glyph.width],
                    glyph.coverage + static_cast<std::ptrdiff_t>(row) * glyph.pitch, glyph.width);
    job.glyph = glyph;
    job.glyph.pitch = glyph.width;
}

// Below this many characters a second thread costs more than it saves.
constexpr std::size_t kParallelFrom = 48;

} // namespace

void FontAtlas::Fill() {
    const auto start = SteadyClock::now();
    std::vector<Job> jobs;
    for (std::size_t i = 0; i < m_faces.size(); ++i) {
        Face& face = *m_faces[i];
        if (!face.book.HasRequests()) continue;
        const std::vector<char32_t> requests = face.book.TakeRequests();
        EnsurePage(face); // a new page starts empty: after taking the requests
        for (const char32_t cp : requests)
            if (face.book.StateOf(cp) == GlyphBook::State::Unknown) {
                Job job;
                job.face = static_cast<int>(i);
                job.bold = face.fromBoldFile;
                job.rasterSize = face.rasterSize;
                job.cp = cp;
                jobs.push_back(std::move(job));
            }
    }
    // A screen of new text is hundreds of characters at about 50 µs each: the second core takes half.
    const bool anyBold = std::any_of(jobs.begin(), jobs.end(), [](const Job& job) { return job.bold; });
    if (jobs.size() >= kParallelFrom && !m_helper) {
        std::string error;
        m_helper = m_rasterizer->Clone(error);
    }
    if (jobs.size() >= kParallelFrom && anyBold && m_bold && !m_boldHelper) {
        std::string error;
        m_boldHelper = m_bold->Clone(error);
    }
    const auto mine = [&](const Job& job) -> GlyphRasterizer& {
        return job.bold && m_bold ? *m_bold : *m_rasterizer;
    };
    if (jobs.size() >= kParallelFrom && m_helper && (!anyBold || !m_bold || m_boldHelper)) {
        const std::size_t half = jobs.size() / 2;
        auto other = std::async(std::launch::async, [&] {
            for (std::size_t j = half; j < jobs.size(); ++j)
                Rasterise(jobs[j].bold && m_bold ? *m_boldHelper : *m_helper, jobs[j]);
        });
        for (std::size_t j = 0; j < half; ++j)
            Rasterise(mine(jobs[j]), jobs[j]);
        other.get();
    } else {
        for (Job& job : jobs)
            Rasterise(mine(job), job);
    }

    std::vector<bool> touched(m_faces.size(), false);
    for (Job& job : jobs) {
        Face& face = *m_faces[static_cast<std::size_t>(job.face)];
        if (!touched[static_cast<std::size_t>(job.face)]) {
            touched[static_cast<std::size_t>(job.face)] = true;
            // BuildLookupTable appends a tab glyph at the end each time: take it off so it is not repeated.
            if (!face.font.Glyphs.empty() && face.font.Glyphs.back().Codepoint == '\t')
                face.font.Glyphs.pop_back();
        }
        if (!job.found) {
            face.book.MarkAbsent(job.cp);
            continue;
        }
        job.glyph.coverage = job.pixels.data();
        if (PutGlyph(face, job.cp, job.glyph)) continue;
        // The page is full: empty it and go on. Glyphs this frame showed before are asked for again
        // by the frame built next.
        ResetPage(face);
        ++m_report.resets;
        if (!face.font.Glyphs.empty() && face.font.Glyphs.back().Codepoint == '\t')
            face.font.Glyphs.pop_back();
        if (!PutGlyph(face, job.cp, job.glyph)) face.book.MarkAbsent(job.cp); // bigger than a whole page
    }
    for (std::size_t i = 0; i < m_faces.size(); ++i)
        if (touched[i]) BuildLookup(m_faces[i]->font, m_faces[i]->ideographAdvance);
    m_report.fillMs += MsSince(start);
}

FontAtlasReport FontAtlas::Report() const {
    FontAtlasReport report = m_report;
    if (m_faces.empty()) return report;
    report.textureWidth = m_faces[0]->pageSize.width;
    report.textureHeight = m_faces[0]->pageSize.height;
    report.glyphCount = 0;
    for (const auto& face : m_faces)
        report.glyphCount += face->book.OnPageCount();
    return report;
}

bool LineShown(const ImDrawList* draw, const ImFont* font, float y) {
    return y + font->FontSize >= draw->GetClipRectMin().y && y <= draw->GetClipRectMax().y;
}

void AddFontText(FontAtlas* atlas, ImDrawList* draw, const ImFont* font, ImVec2 pos, ImU32 color,
                 const char* text) {
    // Only lines that can show ask for glyphs: a long story's lines above and below the list's clip
    // rectangle cost nothing.
    if (atlas && LineShown(draw, font, pos.y)) atlas->Need(font, text);
    const ImTextureID page = font->ContainerAtlas->TexID;
    const bool other = draw->_CmdHeader.TextureId != page;
    if (other) draw->PushTextureID(page);
    draw->AddText(font, font->FontSize, pos, color, text);
    if (other) draw->PopTextureID();
}

} // namespace kepu
