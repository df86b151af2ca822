// Kiosk settings: defaults, overridden by a TOML file (--config), overridden by command-line options.
// Every bad value is reported as "file:line:col: message" naming what is expected.
#pragma once
#include "core/kiosk_types.hpp"
#include "core/options.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kepu {

inline constexpr const char* kDefaultFontFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
inline constexpr int kDefaultFontIndex = 2; // Noto Sans CJK SC inside the collection

struct KioskConfig {
    std::string kioskId;  // empty: the data folder's generated id is used
    std::string siteName; // shown on the admin screen, e.g. "中卫市科技馆"
    std::string county;   // e.g. "沙坡头区"
    Lang lang = Lang::Zh;
    std::filesystem::path contentDir = "content";
    std::filesystem::path dataDir = "var";
    std::filesystem::path assetsDir; // empty: found from the program's location (adapters/asset_paths)
    std::filesystem::path fontFile = kDefaultFontFile;
    int fontIndex = kDefaultFontIndex;
    int idleSeconds = 60;
    int idleSecondsLargeText = 120;
    int countdownSeconds = 20;
    RendererSetting renderer = RendererSetting::Auto;
};

struct ConfigResult {
    KioskConfig config;
    std::vector<std::string> errors;
    bool ok() const { return errors.empty(); }
};

// Relative paths in the file are taken relative to the file's own folder.
ConfigResult ParseConfig(std::string_view text, const std::string& sourceName,
                         const std::filesystem::path& baseDir);
ConfigResult LoadConfigFile(const std::filesystem::path& file);
void ApplyOptions(KioskConfig& config, const Options& options);

} // namespace kepu
