// The SDL window with its OpenGL context.
#include "app/gl_window.hpp"

#include <SDL.h>
#include <SDL_opengl.h>

#include <cstdlib>

namespace kepu {

std::unique_ptr<GlWindow> GlWindow::Open(const WindowRequest& request, std::string& error) {
    if (request.headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
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
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
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
    std::unique_ptr<GlWindow> window(new GlWindow);
    window->m_headless = request.headless;
    window->m_window = SDL_CreateWindow("Kepu Kiosk 科普互动屏", x, y, width, height, flags);
    if (!window->m_window) {
        error = std::string("cannot create the window: ") + SDL_GetError() +
                ". Fix: check the display and OpenGL drivers (Mesa), or use --headless";
        SDL_Quit();
        return nullptr;
    }
    window->m_context = SDL_GL_CreateContext(window->m_window);
    if (!window->m_context) {
        error = std::string("cannot create an OpenGL 3.3 context: ") + SDL_GetError() +
                ". Fix: install Mesa (libgl1-mesa-dri, libegl-mesa0) or a GPU driver";
        return nullptr; // the destructor closes the window and SDL
    }
    SDL_GL_MakeCurrent(window->m_window, window->m_context);
    SDL_GL_SetSwapInterval(request.headless ? 0 : 1);
    if (request.kiosk) SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
    return window;
}

GlWindow::~GlWindow() {
    if (m_context) SDL_GL_DeleteContext(static_cast<SDL_GLContext>(m_context));
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

void GlWindow::Size(int& width, int& height) const {
    SDL_GetWindowSize(m_window, &width, &height);
}
void GlWindow::DrawableSize(int& width, int& height) const {
    SDL_GL_GetDrawableSize(m_window, &width, &height);
}
void GlWindow::Present() {
    SDL_GL_SwapWindow(m_window);
    // Headless, SDL's offscreen window is an EGL pbuffer, and eglSwapBuffers does nothing on a pbuffer
    // (EGL 1.5, 3.10.1; Mesa returns at once): no frame would ever be flushed, and Mesa's software
    // driver would keep every frame's vertex and index buffers (40 scripted taps: 118 -> 248 MB).
    // Finishing the frame is what a real swap does for us on a display.
    if (m_headless) glFinish();
}

bool GlWindow::ReadPixels(int& width, int& height, std::vector<unsigned char>& rgba) const {
    DrawableSize(width, height);
    rgba.resize(static_cast<std::size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    // OpenGL's rows run bottom to top.
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    std::vector<unsigned char> swap(row);
    for (int y = 0; y < height / 2; ++y) {
        unsigned char* a = rgba.data() + y * row;
        unsigned char* b = rgba.data() + (height - 1 - y) * row;
        std::copy(a, a + row, swap.data());
        std::copy(b, b + row, a);
        std::copy(swap.data(), swap.data() + row, b);
    }
    return glGetError() == GL_NO_ERROR;
}

} // namespace kepu
