// What the machine offers for drawing, read at start for the `renderer = "auto"` choice
// (core/renderer_choice): GPU device nodes and Mesa's LIBGL_ALWAYS_SOFTWARE.
#pragma once
#include "core/renderer_choice.hpp"

#include <filesystem>

namespace kepu {

// devDir is /dev but for tests. Only names are looked at: nothing is opened or loaded.
RendererFacts ProbeRendererFacts(const std::filesystem::path& devDir = "/dev");

} // namespace kepu
