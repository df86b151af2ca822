// Command-line options of kepu-kiosk. Parsing is pure so every bad value is unit-tested.
#pragma once
#include "core/kiosk_types.hpp"
#include "core/renderer_choice.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kepu {

enum class Command { Run, SetPin, Validate, Help, Version };

struct WindowSize {
    int width = 0;
    int height = 0;
};

struct Options {
    Command command = Command::Run;
    std::optional<std::string> configFile;
    std::optional<std::string> contentDir;
    std::optional<std::string> dataDir;
    std::optional<std::string> assetsDir;
    std::optional<Lang> lang;
    std::optional<WindowSize> windowed;
    std::optional<RendererSetting> renderer;
    std::optional<std::string> playScript;
    std::optional<std::string> validateDir; // validate [DIR]
    // Quizzes draw and shuffle from this seed (each quiz of the run from the next one): a test run is
    // exact. Without it, every run draws differently.
    std::optional<std::uint64_t> seed;
    bool kiosk = false;
    bool headless = false;
    bool bench = false;
};

struct OptionsResult {
    Options options;
    std::string error; // one line for the person at the terminal; empty when parsing succeeded
};

OptionsResult ParseOptions(const std::vector<std::string>& args);
std::optional<WindowSize> ParseWindowSize(const std::string& text);
std::string UsageText();

} // namespace kepu
