// The renderer choice: the setting, the automatic default's rule, and the probe of /dev.
#include "adapters/gpu_probe.hpp"
#include "core/renderer_choice.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace kepu;

TEST_CASE("renderer: a setting of gl or software is followed whatever the machine") {
    RendererFacts gpu;
    gpu.gpuDevices = {"/dev/dri/renderD128"};
    CHECK(ChooseRenderer(RendererSetting::Software, gpu).kind == RendererKind::Software);
    CHECK(ChooseRenderer(RendererSetting::Gl, RendererFacts{}).kind == RendererKind::Gl);
    CHECK(ChooseRenderer(RendererSetting::Gl, RendererFacts{}).why == "set to gl");
}

TEST_CASE("renderer: auto takes OpenGL only with a GPU that Mesa may use") {
    RendererFacts facts;
    auto choice = ChooseRenderer(RendererSetting::Auto, facts);
    CHECK(choice.kind == RendererKind::Software);
    CHECK(choice.why == "auto: no GPU device (/dev/dri/renderD*, /dev/nvidia*)");

    facts.gpuDevices = {"/dev/dri/renderD128"};
    choice = ChooseRenderer(RendererSetting::Auto, facts);
    CHECK(choice.kind == RendererKind::Gl);
    CHECK(choice.why == "auto: GPU device /dev/dri/renderD128");

    // Mesa's reading of the variable: only a true value forces llvmpipe.
    for (const char* on : {"1", "true", "TRUE", "yes", "y"}) {
        facts.libglAlwaysSoftware = on;
        CHECK(ChooseRenderer(RendererSetting::Auto, facts).kind == RendererKind::Software);
    }
    facts.libglAlwaysSoftware = "1";
    CHECK(ChooseRenderer(RendererSetting::Auto, facts).why ==
          "auto: LIBGL_ALWAYS_SOFTWARE=1 makes OpenGL software");
    for (const char* off : {"0", "false", "", "no"}) {
        facts.libglAlwaysSoftware = off;
        CHECK(ChooseRenderer(RendererSetting::Auto, facts).kind == RendererKind::Gl);
    }
}

TEST_CASE("renderer: setting names") {
    CHECK(ParseRendererSetting("auto") == RendererSetting::Auto);
    CHECK(ParseRendererSetting("gl") == RendererSetting::Gl);
    CHECK(ParseRendererSetting("software") == RendererSetting::Software);
    CHECK_FALSE(ParseRendererSetting("opengl"));
    CHECK_FALSE(ParseRendererSetting("GL"));
    CHECK(RendererSettingName(RendererSetting::Software) == "software");
    CHECK(RendererKindName(RendererKind::Gl) == "gl");
}

TEST_CASE("renderer: the probe finds render nodes and NVIDIA nodes, not card nodes") {
    const testing::TempDir dev("kepu-dev");
    std::filesystem::create_directories(dev.Path() / "dri");
    const auto touch = [&](const char* name) { std::ofstream(dev.Path() / name).put('x'); };
    touch("dri/card0");
    touch("null");
    CHECK(ProbeRendererFacts(dev.Path()).gpuDevices.empty());
    touch("dri/renderD128");
    touch("nvidia0");
    const RendererFacts facts = ProbeRendererFacts(dev.Path());
    REQUIRE(facts.gpuDevices.size() == 2);
    CHECK(facts.gpuDevices[0] == (dev.Path() / "dri/renderD128").string());
    CHECK(facts.gpuDevices[1] == (dev.Path() / "nvidia0").string());
    CHECK(ProbeRendererFacts(dev.Path() / "missing").gpuDevices.empty());
}

TEST_CASE("renderer: the probe reads LIBGL_ALWAYS_SOFTWARE") {
    ::setenv("LIBGL_ALWAYS_SOFTWARE", "1", 1);
    CHECK(ProbeRendererFacts("/nonexistent").libglAlwaysSoftware == std::optional<std::string>("1"));
    ::unsetenv("LIBGL_ALWAYS_SOFTWARE");
    CHECK_FALSE(ProbeRendererFacts("/nonexistent").libglAlwaysSoftware);
}
