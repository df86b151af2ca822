// Glyph pages on both renderers, drawn and read back: a new page is transparent, UpdatePage puts a
// rectangle of a wider buffer (its pitch) exactly where asked and nowhere else, one byte of coverage
// becomes white with that alpha. Headless, on the real OpenGL (llvmpipe here) and SDL software paths.
#include "app/render/render_window.hpp"
#include "draw_and_read.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <vector>

using namespace kepu;

namespace {

constexpr int kWidth = 640, kHeight = 480;
constexpr int kPageW = 64, kPageH = 32;
constexpr float kAt = 100; // where the page is drawn, 1:1
constexpr Rgb kClear{20, 40, 60};

struct Pixel {
    int r, g, b;
};

// Draws the page at (kAt, kAt), texel for pixel, and reads the frame back.
std::vector<unsigned char> DrawPage(RenderWindow& window, ImTextureID page) {
    return testing::DrawTextureAndRead(window, page, ImVec2(kAt, kAt), ImVec2(kAt + kPageW, kAt + kPageH),
                                       kWidth, kHeight, kClear);
}

Pixel PageTexel(const std::vector<unsigned char>& rgba, int x, int y) {
    const std::size_t i =
        (static_cast<std::size_t>(kAt + y) * kWidth + static_cast<std::size_t>(kAt + x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

// The clear colour under white of this alpha.
Pixel Blend(int alpha) {
    const auto mix = [&](int under) { return (255 * alpha + under * (255 - alpha) + 127) / 255; };
    return {mix(kClear.r), mix(kClear.g), mix(kClear.b)};
}

bool Near(Pixel a, Pixel b) {
    return std::abs(a.r - b.r) <= 3 && std::abs(a.g - b.g) <= 3 && std::abs(a.b - b.b) <= 3;
}

} // namespace

TEST_CASE("glyph pages: cleared, updated in place from a wider buffer, drawn white with coverage as alpha") {
    for (const RendererKind kind : {RendererKind::Gl, RendererKind::Software}) {
        INFO("renderer: " << RendererKindName(kind));
        WindowRequest request;
        request.headless = true;
        request.width = kWidth;
        request.height = kHeight;
        std::string error;
        std::unique_ptr<RenderWindow> window = OpenRenderWindow(request, kind, error);
        INFO(error);
        REQUIRE(window);
        ImGui::CreateContext();
        REQUIRE(window->InitImGui());
        GlyphTextures& pages = window->Glyphs();

        const ImTextureID page = pages.CreatePage(kPageW, kPageH);
        REQUIRE(page);
        std::vector<unsigned char> frame = DrawPage(*window, page);
        for (int y = 0; y < kPageH; y += 3)
            for (int x = 0; x < kPageW; x += 3)
                REQUIRE(Near(PageTexel(frame, x, y), Blend(0))); // a new page is transparent

        // A 16x8 rectangle out of a buffer 40 bytes wide: rows alternate 255 and 0 coverage, column 5
        // is half covered, and the bytes past the rectangle's width (which must not be read) are 200.
        constexpr int kPitch = 40, kRectX = 8, kRectY = 4, kRectW = 16, kRectH = 8;
        std::vector<unsigned char> coverage(kPitch * kRectH, 200);
        for (int row = 0; row < kRectH; ++row)
            for (int col = 0; col < kRectW; ++col)
                coverage[row * kPitch + col] = col == 5 ? 128 : row % 2 ? 255 : 0;
        pages.UpdatePage(page, kRectX, kRectY, kRectW, kRectH, coverage.data(), kPitch);
        frame = DrawPage(*window, page);
        for (int row = 0; row < kRectH; ++row)
            for (int col = 0; col < kRectW; ++col) {
                INFO("texel " << kRectX + col << "," << kRectY + row);
                REQUIRE(Near(PageTexel(frame, kRectX + col, kRectY + row), Blend(col == 5  ? 128
                                                                                 : row % 2 ? 255
                                                                                           : 0)));
            }
        // Nothing outside the rectangle changed.
        for (const auto& [x, y] : {std::pair{kRectX - 1, kRectY}, std::pair{kRectX + kRectW, kRectY + 1},
                                   std::pair{kRectX, kRectY - 1}, std::pair{kRectX + 3, kRectY + kRectH},
                                   std::pair{kPageW - 1, kPageH - 1}})
            CHECK(Near(PageTexel(frame, x, y), Blend(0)));

        pages.DestroyPage(page);
        window->ShutdownImGui();
        ImGui::DestroyContext();
    }
}
