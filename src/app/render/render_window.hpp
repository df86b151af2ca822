// The window and what draws into it, as the app sees them: OpenGL (gl_render_window) or SDL's
// software renderer (software_render_window), chosen at start (core/renderer_choice). The app never
// calls OpenGL or SDL_Renderer itself, so the software path loads no libGL, Mesa or LLVM.
#pragma once
#include "app/render/glyph_textures.hpp"
#include "app/render/image_textures.hpp"
#include "core/color.hpp"
#include "core/renderer_choice.hpp"

#include <memory>
#include <string>
#include <vector>

struct SDL_Window;
struct ImDrawData;

namespace kepu {

struct WindowRequest {
    bool headless = false;
    bool kiosk = false;
    int width = 1280;
    int height = 720;
};

class RenderWindow {
  public:
    virtual ~RenderWindow() = default;
    RenderWindow() = default;
    RenderWindow(const RenderWindow&) = delete;
    RenderWindow& operator=(const RenderWindow&) = delete;

    virtual RendererKind Kind() const = 0;
    // One line for the benchmark, the start message and the admin screen, e.g.
    // "OpenGL: llvmpipe (LLVM 15.0.6, 256 bits)" or "SDL software renderer".
    virtual std::string Description() const = 0;

    virtual SDL_Window* Handle() const = 0;
    // In window coordinates (touches, layout), and in pixels (what is drawn).
    virtual void Size(int& width, int& height) const = 0;
    virtual void DrawableSize(int& width, int& height) const = 0;

    // ImGui's renderer backend, after ImGui::CreateContext and before ImGui::DestroyContext. The
    // backend never makes a font texture: the kiosk's fonts live in Glyphs() pages.
    virtual bool InitImGui() = 0;
    virtual void ShutdownImGui() = 0;
    // Before ImGui::NewFrame.
    virtual void NewFrame() = 0;
    // Clears to clearColor and draws ImGui's frame.
    virtual void Render(ImDrawData* drawData, Rgb clearColor) = 0;
    // RGBA rows top to bottom, of the frame just drawn (call before Present).
    virtual bool ReadPixels(int& width, int& height, std::vector<unsigned char>& rgba) = 0;
    // Shows the frame; headless, waits until it is drawn (nothing else would flush it).
    virtual void Present() = 0;
    // Waits until every frame so far is really drawn (for timing; the software renderer draws at once).
    virtual void Finish() = 0;

    virtual GlyphTextures& Glyphs() = 0;
    // Pictures (quiz and story images), RGBA.
    virtual ImageTextures& Images() = 0;
};

// Returns nullptr and fills error (cause and fix) when that kind of window cannot be had.
std::unique_ptr<RenderWindow> OpenRenderWindow(const WindowRequest& request, RendererKind kind,
                                               std::string& error);

} // namespace kepu
