// The software path: SDL's software renderer on a window without OpenGL, drawn by ImGui's
// SDL_Renderer backend; no libGL, Mesa or LLVM is ever loaded.
#pragma once
#include "app/render/render_window.hpp"

namespace kepu {

std::unique_ptr<RenderWindow> OpenSoftwareRenderWindow(const WindowRequest& request, std::string& error);

} // namespace kepu
