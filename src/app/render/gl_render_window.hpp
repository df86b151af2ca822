// The OpenGL 3.3 path: ImGui's OpenGL3 backend, glyph pages as one-byte GL textures.
#pragma once
#include "app/render/render_window.hpp"

namespace kepu {

std::unique_ptr<RenderWindow> OpenGlRenderWindow(const WindowRequest& request, std::string& error);

} // namespace kepu
