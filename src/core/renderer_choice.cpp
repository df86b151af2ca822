// Which renderer draws the kiosk, from the setting and the machine's facts.
#include "core/renderer_choice.hpp"

#include <algorithm>
#include <cctype>

namespace kepu {
namespace {

// Mesa's own reading of a boolean variable (util/u_debug.c, env_var_as_boolean): anything else,
// "0" and "false" included, leaves hardware rendering on.
bool MesaTrue(std::string value) {
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return value == "1" || value == "true" || value == "y" || value == "yes";
}

} // namespace

std::optional<RendererSetting> ParseRendererSetting(std::string_view name) {
    if (name == "auto") return RendererSetting::Auto;
    if (name == "gl") return RendererSetting::Gl;
    if (name == "software") return RendererSetting::Software;
    return std::nullopt;
}

std::string_view RendererSettingName(RendererSetting setting) {
    switch (setting) {
    case RendererSetting::Auto: return "auto";
    case RendererSetting::Gl: return "gl";
    case RendererSetting::Software: return "software";
    }
    return "?";
}

std::string_view RendererKindName(RendererKind kind) {
    return kind == RendererKind::Gl ? "gl" : "software";
}

RendererChoice ChooseRenderer(RendererSetting setting, const RendererFacts& facts) {
    if (setting == RendererSetting::Gl) return {RendererKind::Gl, "set to gl"};
    if (setting == RendererSetting::Software) return {RendererKind::Software, "set to software"};
    if (facts.gpuDevices.empty())
        return {RendererKind::Software, "auto: no GPU device (/dev/dri/renderD*, /dev/nvidia*)"};
    if (facts.libglAlwaysSoftware && MesaTrue(*facts.libglAlwaysSoftware))
        return {RendererKind::Software,
                "auto: LIBGL_ALWAYS_SOFTWARE=" + *facts.libglAlwaysSoftware + " makes OpenGL software"};
    return {RendererKind::Gl, "auto: GPU device " + facts.gpuDevices.front()};
}

} // namespace kepu
