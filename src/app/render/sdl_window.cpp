// The SDL window both renderers draw into.
#include "app/render/sdl_window.hpp"

#include <SDL.h>

#include <cstdlib>

namespace kepu {

std::unique_ptr<SdlWindow> SdlWindow::Open(const WindowRequest& request, std::uint32_t extraFlags,
                                           void (*beforeWindow)(), const std::string& fix,
                                           std::string& error) {
    if (request.headless) SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    // A window surface (what the software renderer draws into) is made by SDL through an accelerated
    // renderer when it can: OpenGL, and so Mesa and LLVM. The plain framebuffer (X11 shared memory,
    // or offscreen memory) is what is wanted; the GL path never uses a window surface.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // Signals keep their default meaning (the app installs its own handler to stop cleanly); a
    // window close must not be confused with a service stop.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        error = std::string("cannot open the display: ") + SDL_GetError() +
                ". Fix: run under X11/Wayland (set DISPLAY), or use --headless";
        return nullptr;
    }
    // With no usable display, Debian's SDL quietly falls back to its offscreen (or dummy) driver: the
    // kiosk would run forever with nothing on any screen. Only --headless may draw where no one sees.
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (!request.headless && (driver == "offscreen" || driver == "dummy")) {
        const char* display = std::getenv("DISPLAY");
        error = "cannot open the display: " +
                (display ? "DISPLAY=" + std::string(display) + " cannot be opened"
                         : std::string("DISPLAY is not set")) +
                ", and SDL's \"" + driver +
                "\" video driver shows nothing. Fix: set DISPLAY (e.g. DISPLAY=:0), or use --headless";
        SDL_Quit();
        return nullptr;
    }
    if (beforeWindow) beforeWindow();

    Uint32 flags = extraFlags | SDL_WINDOW_ALLOW_HIGHDPI;
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    int width = request.width, height = request.height;
    if (request.kiosk) {
        // A kiosk's X session often has no window manager to honour "fullscreen", so the window is
        // also made exactly the size of the screen, at its origin.
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
        SDL_DisplayMode desktop{};
        if (SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
            x = y = 0;
            width = desktop.w;
            height = desktop.h;
        }
    } else if (!request.headless) {
        flags |= SDL_WINDOW_RESIZABLE;
    }
    std::unique_ptr<SdlWindow> window(new SdlWindow);
    window->m_window = SDL_CreateWindow("Kepu Kiosk 科普互动屏", x, y, width, height, flags);
    if (!window->m_window) {
        error = std::string("cannot create the window: ") + SDL_GetError() + ". Fix: " + fix;
        return nullptr; // the destructor closes SDL
    }
    if (request.kiosk) SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
    return window;
}

SdlWindow::~SdlWindow() {
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

void SdlWindow::Size(int& width, int& height) const {
    SDL_GetWindowSize(m_window, &width, &height);
}

} // namespace kepu
