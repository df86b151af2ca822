// Picture textures on both renderers, drawn 1:1 and read back: red, green, blue and white land where
// they were (the byte order right on each path), alpha blends over the background, and a picture
// drawn at twice its size covers twice the pixels. Headless, on OpenGL (llvmpipe here) and SDL software.
#include "app/render/render_window.hpp"
#include "draw_and_read.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cstdlib>
#include <vector>

using namespace kepu;

namespace {

constexpr int kWidth = 320, kHeight = 240;
constexpr int kAt = 40;
constexpr Rgb kClear{20, 40, 60};
constexpr int kPicW = 8, kPicH = 4;

struct Pixel {
    int r, g, b;
};

std::vector<unsigned char> Draw(RenderWindow& window, ImTextureID texture, float scale) {
    return testing::DrawTextureAndRead(window, texture, ImVec2(kAt, kAt),
                                       ImVec2(kAt + kPicW * scale, kAt + kPicH * scale), kWidth, kHeight,
                                       kClear);
}

Pixel At(const std::vector<unsigned char>& rgba, int x, int y) {
    const std::size_t i = (static_cast<std::size_t>(y) * kWidth + static_cast<std::size_t>(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

bool Near(Pixel a, Pixel b) {
    return std::abs(a.r - b.r) <= 3 && std::abs(a.g - b.g) <= 3 && std::abs(a.b - b.b) <= 3;
}

// Columns 0-1 red, 2-3 green, 4-5 blue, 6-7 white; the bottom row half transparent.
Pixel Expected(int col, int row) {
    const Pixel colours[4] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 255}};
    const Pixel c = colours[col / 2];
    if (row < kPicH - 1) return c;
    const auto mix = [](int over, int under) { return (over * 128 + under * 127 + 127) / 255; };
    return {mix(c.r, kClear.r), mix(c.g, kClear.g), mix(c.b, kClear.b)};
}

} // namespace

TEST_CASE("picture textures: RGBA drawn in its colours and alpha, scaled, on both renderers") {
    std::vector<unsigned char> picture(kPicW * kPicH * 4);
    for (int row = 0; row < kPicH; ++row)
        for (int col = 0; col < kPicW; ++col) {
            const Pixel c = Expected(col, 0);
            unsigned char* p = &picture[(row * kPicW + col) * 4];
            p[0] = static_cast<unsigned char>(c.r), p[1] = static_cast<unsigned char>(c.g);
            p[2] = static_cast<unsigned char>(c.b), p[3] = row < kPicH - 1 ? 255 : 128;
        }
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
        ImageTextures& images = window->Images();
        const ImTextureID texture = images.CreateRgba(kPicW, kPicH, picture.data());
        REQUIRE(texture);

        std::vector<unsigned char> frame = Draw(*window, texture, 1);
        for (int row = 0; row < kPicH; ++row)
            for (int col = 0; col < kPicW; ++col) {
                INFO("pixel " << col << "," << row);
                CHECK(Near(At(frame, kAt + col, kAt + row), Expected(col, row)));
            }
        CHECK(Near(At(frame, kAt + kPicW, kAt), {kClear.r, kClear.g, kClear.b})); // nothing beside it

        // Twice the size: the middle of each doubled texel is its colour (linear filtering blends
        // only at the edges between texels).
        frame = Draw(*window, texture, 2);
        for (int col = 0; col < kPicW; col += 2) {
            INFO("doubled column " << col);
            CHECK(Near(At(frame, kAt + 2 * col + 2, kAt + 2), Expected(col, 0)));
        }
        CHECK(Near(At(frame, kAt + 2 * kPicW - 1, kAt + 2 * kPicH - 6), Expected(kPicW - 1, 0)));
        CHECK(Near(At(frame, kAt + 2 * kPicW + 1, kAt + 2), {kClear.r, kClear.g, kClear.b}));

        images.Destroy(texture);
        window->ShutdownImGui();
        ImGui::DestroyContext();
    }
}
