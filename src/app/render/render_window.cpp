// Opens the window of the renderer asked for.
#include "app/render/render_window.hpp"

#include "app/render/gl_render_window.hpp"
#include "app/render/software_render_window.hpp"

namespace kepu {

std::unique_ptr<RenderWindow> OpenRenderWindow(const WindowRequest& request, RendererKind kind,
                                               std::string& error) {
    return kind == RendererKind::Gl ? OpenGlRenderWindow(request, error)
                                    : OpenSoftwareRenderWindow(request, error);
}

} // namespace kepu
