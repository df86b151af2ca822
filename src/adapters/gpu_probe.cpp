// GPU device nodes and LIBGL_ALWAYS_SOFTWARE, for the automatic renderer choice.
#include "adapters/gpu_probe.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace kepu {
namespace {

void AddMatching(const std::filesystem::path& dir, std::string_view prefix, std::vector<std::string>& out) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) == 0) out.push_back(it->path().string());
    }
}

} // namespace

RendererFacts ProbeRendererFacts(const std::filesystem::path& devDir) {
    RendererFacts facts;
    // A render node is what Mesa's hardware drivers open; the card nodes alone exist for a plain
    // framebuffer too (e.g. simpledrm), which gives OpenGL nothing but llvmpipe.
    AddMatching(devDir / "dri", "renderD", facts.gpuDevices);
    // NVIDIA's own driver (no render node before its DRM module is loaded).
    AddMatching(devDir, "nvidia", facts.gpuDevices);
    std::sort(facts.gpuDevices.begin(), facts.gpuDevices.end());
    if (const char* value = std::getenv("LIBGL_ALWAYS_SOFTWARE")) facts.libglAlwaysSoftware = value;
    return facts;
}

} // namespace kepu
