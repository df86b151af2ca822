// The SDL window with its OpenGL context: a normal window for development, fullscreen and
// borderless for a kiosk, or offscreen (EGL + Mesa) when no display is needed.
#pragma once
#include <memory>
#include <string>
#include <vector>

struct SDL_Window;

namespace kepu {

struct WindowRequest {
    bool headless = false;
    bool kiosk = false;
    int width = 1280;
    int height = 720;
};

class GlWindow {
  public:
    // Returns nullptr and fills error (cause and fix) when no window can be had.
    static std::unique_ptr<GlWindow> Open(const WindowRequest& request, std::string& error);
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    SDL_Window* Handle() const { return m_window; }
    void Size(int& width, int& height) const;
    void DrawableSize(int& width, int& height) const;
    // Shows the frame; headless, waits until it is drawn (nothing else would flush it).
    void Present();
    // RGBA rows top to bottom, of the frame just drawn (call before Present).
    bool ReadPixels(int& width, int& height, std::vector<unsigned char>& rgba) const;

  private:
    GlWindow() = default;
    SDL_Window* m_window = nullptr;
    void* m_context = nullptr;
    bool m_headless = false;
};

} // namespace kepu
