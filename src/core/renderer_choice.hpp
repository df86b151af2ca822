// Which renderer draws the kiosk: OpenGL where a GPU can run it, SDL's software renderer where
// OpenGL would mean Mesa's llvmpipe (libLLVM alone is half the kiosk's memory). Pure: the facts are
// probed by the app (adapters/gpu_probe).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kepu {

// The setting (`renderer = …`, `--renderer …`).
enum class RendererSetting { Auto, Gl, Software };
// What actually draws.
enum class RendererKind { Gl, Software };

std::optional<RendererSetting> ParseRendererSetting(std::string_view name);
std::string_view RendererSettingName(RendererSetting setting);
std::string_view RendererKindName(RendererKind kind);

// What the machine offers, as found at start.
struct RendererFacts {
    std::vector<std::string> gpuDevices;            // /dev/dri/renderD*, /dev/nvidia* that exist
    std::optional<std::string> libglAlwaysSoftware; // the variable's value, when it is set
};

struct RendererChoice {
    RendererKind kind = RendererKind::Software;
    std::string why; // one line for the start message, e.g. "auto: no GPU device (/dev/dri/renderD*…)"
};

// `auto`: OpenGL when a GPU device node exists and Mesa is not told to render in software
// (LIBGL_ALWAYS_SOFTWARE set to a true value, as Mesa reads it); the software renderer otherwise.
RendererChoice ChooseRenderer(RendererSetting setting, const RendererFacts& facts);

} // namespace kepu
