// The software path: SDL's software renderer, ImGui's SDL_Renderer backend (compiled from Debian's
// libimgui-dev examples, see CMakeLists.txt), glyph pages as ARGB SDL textures.
#include "app/render/software_render_window.hpp"

#include "app/render/sdl_window.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

namespace kepu {
namespace {

SDL_Texture* TextureOf(ImTextureID page) {
    return static_cast<SDL_Texture*>(page);
}

// SDL's renderers have no one-byte texture format: a page is ARGB, white with the coverage as alpha,
// blended. Streaming textures are the software renderer's own surfaces, so a locked rectangle is
// written in place with no staging copy.
class SdlGlyphTextures final : public GlyphTextures {
  public:
    explicit SdlGlyphTextures(SDL_Renderer* renderer) : m_renderer(renderer) {}

    ImTextureID CreatePage(int width, int height) override {
        SDL_Texture* texture = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888,
                                                 SDL_TEXTUREACCESS_STREAMING, width, height);
        if (!texture) return nullptr;
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        if (!Fill(texture, 0, 0, width, height, nullptr, 0)) {
            SDL_DestroyTexture(texture);
            return nullptr;
        }
        return texture;
    }

    void UpdatePage(ImTextureID page, int x, int y, int width, int height, const unsigned char* coverage,
                    int pitch) override {
        Fill(TextureOf(page), x, y, width, height, coverage, pitch);
    }

    void DestroyPage(ImTextureID page) override {
        if (page) SDL_DestroyTexture(TextureOf(page));
    }

  private:
    // Writes the rectangle: white with alpha = coverage, or transparent when coverage is null.
    static bool Fill(SDL_Texture* texture, int x, int y, int width, int height, const unsigned char* coverage,
                     int pitch) {
        const SDL_Rect rect{x, y, width, height};
        void* pixels = nullptr;
        int texturePitch = 0;
        if (SDL_LockTexture(texture, &rect, &pixels, &texturePitch) != 0) return false;
        for (int row = 0; row < height; ++row) {
            auto* out = reinterpret_cast<Uint32*>(static_cast<unsigned char*>(pixels) + row * texturePitch);
            const unsigned char* in = coverage ? coverage + static_cast<std::size_t>(row) * pitch : nullptr;
            for (int col = 0; col < width; ++col)
                out[col] = (Uint32{in ? in[col] : 0u} << 24) | 0x00FFFFFFu;
        }
        SDL_UnlockTexture(texture);
        return true;
    }

    SDL_Renderer* m_renderer;
};

// Pictures as static textures, uploaded once. RGBA32 names R, G, B, A in memory order whatever the
// byte order (ABGR8888 on this little-endian machine), so decoded pixels go in as they are.
class SdlImageTextures final : public ImageTextures {
  public:
    explicit SdlImageTextures(SDL_Renderer* renderer) : m_renderer(renderer) {}

    ImTextureID CreateRgba(int width, int height, const unsigned char* rgba) override {
        SDL_Texture* texture =
            SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
        if (!texture) return nullptr;
        SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
        if (SDL_UpdateTexture(texture, nullptr, rgba, width * 4) != 0) {
            SDL_DestroyTexture(texture);
            return nullptr;
        }
        return texture;
    }

    void Destroy(ImTextureID texture) override {
        if (texture) SDL_DestroyTexture(TextureOf(texture));
    }

  private:
    SDL_Renderer* m_renderer;
};

class SoftwareRenderWindow final : public RenderWindow {
  public:
    SoftwareRenderWindow(std::unique_ptr<SdlWindow> window, SDL_Renderer* renderer)
        : m_window(std::move(window)), m_renderer(renderer), m_glyphs(renderer), m_images(renderer) {}
    ~SoftwareRenderWindow() override {
        SDL_DestroyRenderer(m_renderer); // its textures go with it
        // m_window closes the window and SDL after this.
    }

    RendererKind Kind() const override { return RendererKind::Software; }
    std::string Description() const override { return "SDL software renderer"; }
    SDL_Window* Handle() const override { return m_window->Handle(); }
    void Size(int& width, int& height) const override { m_window->Size(width, height); }
    void DrawableSize(int& width, int& height) const override {
        SDL_GetRendererOutputSize(m_renderer, &width, &height);
    }

    bool InitImGui() override { return ImGui_ImplSDLRenderer_Init(m_renderer); }
    void ShutdownImGui() override { ImGui_ImplSDLRenderer_Shutdown(); }
    // ImGui_ImplSDLRenderer_NewFrame only makes the backend's RGBA font texture when there is none,
    // from an atlas the kiosk has freed: it is never called.
    void NewFrame() override {
        // SDL's software renderer cuts every vertex to whole pixels (SDL_render_sw.c, SW_QueueGeometry):
        // ImGui's half-pixel anti-aliasing fringes and texture-drawn lines came out one pixel thicker
        // and stepped. Without them, edges are whole pixels, lines their true width, and there are
        // fewer triangles to fill. Set each frame, since the theme resets the style.
        ImGuiStyle& style = ImGui::GetStyle();
        style.AntiAliasedLines = false;
        style.AntiAliasedLinesUseTex = false;
        style.AntiAliasedFill = false;
    }

    void Render(ImDrawData* drawData, Rgb clearColor) override {
        SDL_SetRenderDrawColor(m_renderer, clearColor.r, clearColor.g, clearColor.b, 255);
        SDL_RenderClear(m_renderer);
        ImGui_ImplSDLRenderer_RenderDrawData(drawData);
    }

    bool ReadPixels(int& width, int& height, std::vector<unsigned char>& rgba) override {
        DrawableSize(width, height);
        rgba.resize(static_cast<std::size_t>(width) * height * 4);
        // RGBA32 is R, G, B, A in memory order, whatever the machine's byte order.
        return SDL_RenderReadPixels(m_renderer, nullptr, SDL_PIXELFORMAT_RGBA32, rgba.data(), width * 4) == 0;
    }

    // The software renderer has drawn by now; presenting copies the frame to the window (X11 shared
    // memory, or the offscreen driver's buffer).
    void Present() override { SDL_RenderPresent(m_renderer); }
    void Finish() override {}

    GlyphTextures& Glyphs() override { return m_glyphs; }
    ImageTextures& Images() override { return m_images; }

  private:
    std::unique_ptr<SdlWindow> m_window;
    SDL_Renderer* m_renderer;
    SdlGlyphTextures m_glyphs;
    SdlImageTextures m_images;
};

} // namespace

std::unique_ptr<RenderWindow> OpenSoftwareRenderWindow(const WindowRequest& request, std::string& error) {
    // No SDL_WINDOW_OPENGL: SDL then never loads libGL or EGL for this window.
    auto sdlWindow = SdlWindow::Open(request, 0, nullptr, "check the display, or use --headless", error);
    if (!sdlWindow) return nullptr;
    SDL_Renderer* renderer = SDL_CreateRenderer(sdlWindow->Handle(), -1, SDL_RENDERER_SOFTWARE);
    if (!renderer) {
        error = std::string("cannot create SDL's software renderer: ") + SDL_GetError() +
                ". Fix: check the display, or use --headless";
        return nullptr;
    }
    return std::make_unique<SoftwareRenderWindow>(std::move(sdlWindow), renderer);
}

} // namespace kepu
