// The OpenGL 3.3 path. The program does not link libGL: its few GL calls go through pointers from
// SDL_GL_GetProcAddress (and ImGui's backend loads its own), so the software path never maps it.
#include "app/render/gl_render_window.hpp"

#include "app/render/sdl_window.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdint>

namespace kepu {
namespace {

// The GL functions the kiosk calls itself. decltype names each one's type without linking it.
#define KEPU_GL_FUNCTIONS(X)                                                                                 \
    X(glBindTexture)                                                                                         \
    X(glClear)                                                                                               \
    X(glClearColor)                                                                                          \
    X(glDeleteTextures)                                                                                      \
    X(glFinish)                                                                                              \
    X(glGenTextures)                                                                                         \
    X(glGetError)                                                                                            \
    X(glGetString)                                                                                           \
    X(glPixelStorei)                                                                                         \
    X(glReadBuffer)                                                                                          \
    X(glReadPixels)                                                                                          \
    X(glTexImage2D)                                                                                          \
    X(glTexParameteri)                                                                                       \
    X(glTexParameteriv)                                                                                      \
    X(glTexSubImage2D)                                                                                       \
    X(glViewport)

struct GlApi {
#define KEPU_GL_POINTER(name) decltype(&::name) name = nullptr;
    KEPU_GL_FUNCTIONS(KEPU_GL_POINTER)
#undef KEPU_GL_POINTER

    // Needs a current context. Returns the first function missing, or an empty string.
    std::string Load() {
#define KEPU_GL_LOAD(name)                                                                                   \
    name = reinterpret_cast<decltype(name)>(SDL_GL_GetProcAddress(#name));                                   \
    if (!name) return #name;
        KEPU_GL_FUNCTIONS(KEPU_GL_LOAD)
#undef KEPU_GL_LOAD
        return {};
    }
};

GLuint TextureOf(ImTextureID page) {
    return static_cast<GLuint>(reinterpret_cast<std::intptr_t>(page));
}

// A new bound 2D texture with linear filtering, clamped at its edges (glyph pages and pictures alike);
// 0 when GL could not make one.
GLuint NewLinearTexture(const GlApi& gl) {
    GLuint texture = 0;
    gl.glGenTextures(1, &texture);
    if (!texture) return 0;
    gl.glBindTexture(GL_TEXTURE_2D, texture);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return texture;
}

// Glyph pages as GL_R8 textures: a quarter of RGBA's memory, swizzled so ImGui's shader reads white
// with the glyph's coverage as alpha.
class GlGlyphTextures final : public GlyphTextures {
  public:
    explicit GlGlyphTextures(const GlApi& gl) : m_gl(gl) {}

    ImTextureID CreatePage(int width, int height) override {
        const GLuint texture = NewLinearTexture(m_gl);
        if (!texture) return nullptr;
        const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        m_gl.glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
        m_gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
        // A new texture's texels are undefined (GL 3.3 has no glClearTexImage): cleared in bands, so
        // the zeros never need a page-sized buffer.
        const int band = std::min(height, 64);
        const std::vector<unsigned char> zeros(static_cast<std::size_t>(width) * band, 0);
        for (int y = 0; y < height; y += band)
            Upload(texture, 0, y, width, std::min(band, height - y), zeros.data(), width);
        if (m_gl.glGetError() != GL_NO_ERROR) {
            m_gl.glDeleteTextures(1, &texture);
            return nullptr;
        }
        return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
    }

    void UpdatePage(ImTextureID page, int x, int y, int width, int height, const unsigned char* coverage,
                    int pitch) override {
        Upload(TextureOf(page), x, y, width, height, coverage, pitch);
    }

    void DestroyPage(ImTextureID page) override {
        const GLuint texture = TextureOf(page);
        if (texture) m_gl.glDeleteTextures(1, &texture);
    }

  private:
    // In place: only the rectangle travels. GL_UNPACK_ROW_LENGTH lets it be read out of a wider page.
    void Upload(GLuint texture, int x, int y, int width, int height, const unsigned char* coverage,
                int pitch) {
        m_gl.glBindTexture(GL_TEXTURE_2D, texture);
        m_gl.glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        m_gl.glPixelStorei(GL_UNPACK_ROW_LENGTH, pitch);
        m_gl.glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, width, height, GL_RED, GL_UNSIGNED_BYTE, coverage);
        m_gl.glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    }

    const GlApi& m_gl;
};

// Pictures as RGBA textures with linear filtering, so a picture scaled to fit stays smooth.
class GlImageTextures final : public ImageTextures {
  public:
    explicit GlImageTextures(const GlApi& gl) : m_gl(gl) {}

    ImTextureID CreateRgba(int width, int height, const unsigned char* rgba) override {
        const GLuint texture = NewLinearTexture(m_gl);
        if (!texture) return nullptr;
        m_gl.glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        m_gl.glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
        m_gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
        if (m_gl.glGetError() != GL_NO_ERROR) {
            m_gl.glDeleteTextures(1, &texture);
            return nullptr;
        }
        return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
    }

    void Destroy(ImTextureID texture) override {
        const GLuint name = TextureOf(texture);
        if (name) m_gl.glDeleteTextures(1, &name);
    }

  private:
    const GlApi& m_gl;
};

class GlRenderWindow final : public RenderWindow {
  public:
    GlRenderWindow(std::unique_ptr<SdlWindow> window, bool headless)
        : m_window(std::move(window)), m_headless(headless) {}
    ~GlRenderWindow() override {
        if (m_context) SDL_GL_DeleteContext(m_context);
        // m_window closes the window and SDL after this.
    }

    bool CreateContext(std::string& error) {
        m_context = SDL_GL_CreateContext(m_window->Handle());
        if (!m_context) {
            error = std::string("cannot create an OpenGL 3.3 context: ") + SDL_GetError() +
                    ". Fix: install Mesa (libgl1-mesa-dri, libegl-mesa0) or a GPU driver";
            return false;
        }
        SDL_GL_MakeCurrent(m_window->Handle(), m_context);
        if (const std::string missing = m_gl.Load(); !missing.empty()) {
            error = "the OpenGL library has no " + missing + ". Fix: reinstall Mesa (libgl1-mesa-dri) or " +
                    "the GPU driver";
            return false;
        }
        SDL_GL_SetSwapInterval(m_headless ? 0 : 1);
        const auto* renderer = reinterpret_cast<const char*>(m_gl.glGetString(GL_RENDERER));
        m_description = std::string("OpenGL: ") + (renderer ? renderer : "unknown renderer");
        return true;
    }

    RendererKind Kind() const override { return RendererKind::Gl; }
    std::string Description() const override { return m_description; }
    SDL_Window* Handle() const override { return m_window->Handle(); }
    void Size(int& width, int& height) const override { m_window->Size(width, height); }
    void DrawableSize(int& width, int& height) const override {
        SDL_GL_GetDrawableSize(m_window->Handle(), &width, &height);
    }

    bool InitImGui() override {
        if (!ImGui_ImplOpenGL3_Init("#version 330 core")) return false;
        // Create the shader now, then drop the backend's RGBA font texture: the kiosk uploads its own
        // alpha-only glyph pages, and the backend must never rebuild the (freed) atlas later.
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        return true;
    }
    void ShutdownImGui() override { ImGui_ImplOpenGL3_Shutdown(); }
    void NewFrame() override { ImGui_ImplOpenGL3_NewFrame(); }

    void Render(ImDrawData* drawData, Rgb clearColor) override {
        int width = 0, height = 0;
        DrawableSize(width, height);
        m_gl.glViewport(0, 0, width, height);
        m_gl.glClearColor(clearColor.r / 255.f, clearColor.g / 255.f, clearColor.b / 255.f, 1);
        m_gl.glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(drawData);
    }

    bool ReadPixels(int& width, int& height, std::vector<unsigned char>& rgba) override {
        DrawableSize(width, height);
        rgba.resize(static_cast<std::size_t>(width) * height * 4);
        m_gl.glPixelStorei(GL_PACK_ALIGNMENT, 1);
        m_gl.glReadBuffer(GL_BACK);
        m_gl.glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
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
        return m_gl.glGetError() == GL_NO_ERROR;
    }

    void Present() override {
        SDL_GL_SwapWindow(m_window->Handle());
        // Headless, SDL's offscreen window is an EGL pbuffer, and eglSwapBuffers does nothing on a
        // pbuffer (EGL 1.5, 3.10.1; Mesa returns at once): no frame would ever be flushed, and Mesa's
        // software driver would keep every frame's vertex and index buffers (40 scripted taps: 118 ->
        // 248 MB). Finishing the frame is what a real swap does for us on a display.
        if (m_headless) m_gl.glFinish();
    }
    void Finish() override { m_gl.glFinish(); }

    GlyphTextures& Glyphs() override { return m_glyphs; }
    ImageTextures& Images() override { return m_images; }

  private:
    std::unique_ptr<SdlWindow> m_window;
    SDL_GLContext m_context = nullptr;
    bool m_headless = false;
    std::string m_description;
    GlApi m_gl;
    GlGlyphTextures m_glyphs{m_gl};
    GlImageTextures m_images{m_gl};
};

void SetGlAttributes() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
}

} // namespace

std::unique_ptr<RenderWindow> OpenGlRenderWindow(const WindowRequest& request, std::string& error) {
    auto sdlWindow = SdlWindow::Open(request, SDL_WINDOW_OPENGL, SetGlAttributes,
                                     "check the display and OpenGL drivers (Mesa), or use --headless", error);
    if (!sdlWindow) return nullptr;
    auto window = std::make_unique<GlRenderWindow>(std::move(sdlWindow), request.headless);
    if (!window->CreateContext(error)) return nullptr; // the destructor closes the window and SDL
    return window;
}

} // namespace kepu
