// The SDL window both renderers draw into: a normal window for development, fullscreen and
// borderless for a kiosk, or on SDL's offscreen driver when no display is needed.
#pragma once
#include "app/render/render_window.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace kepu {

// Owns SDL's video subsystem and the window; closes both.
class SdlWindow {
  public:
    // extraFlags: SDL_WINDOW_OPENGL for the GL path, nothing for the software one. beforeWindow (may
    // be null) runs once SDL is up and before the window exists (OpenGL's attributes). fix: what to
    // do when the window cannot be created. Returns nullptr and fills error (cause and fix).
    static std::unique_ptr<SdlWindow> Open(const WindowRequest& request, std::uint32_t extraFlags,
                                           void (*beforeWindow)(), const std::string& fix,
                                           std::string& error);
    ~SdlWindow();
    SdlWindow(const SdlWindow&) = delete;
    SdlWindow& operator=(const SdlWindow&) = delete;

    SDL_Window* Handle() const { return m_window; }
    void Size(int& width, int& height) const;

  private:
    SdlWindow() = default;
    SDL_Window* m_window = nullptr;
};

} // namespace kepu
