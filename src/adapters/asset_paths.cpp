// Finding the kiosk's assets folder from the executable's location.
#include "adapters/asset_paths.hpp"

#include <fstream>
#include <vector>

#ifndef KEPU_SOURCE_ASSETS_DIR
#error "CMake defines KEPU_SOURCE_ASSETS_DIR (the source tree's assets/) for this file"
#endif

namespace kepu {
namespace {

namespace fs = std::filesystem;

bool HoldsAssets(const fs::path& dir) {
    return std::ifstream(dir / "i18n" / "ui.toml").good();
}

} // namespace

AssetsLookup FindAssetsDir(const fs::path& chosen) {
    if (!chosen.empty()) {
        if (HoldsAssets(chosen)) return {chosen, {}};
        return {{},
                "no interface text file i18n/ui.toml in that folder (give the folder that holds "
                "i18n/ui.toml, or leave the setting out to use the kiosk's own)"};
    }
    std::vector<fs::path> candidates;
    std::error_code ec;
    // /proc/self/exe resolves symbolic links: a link to the binary still finds its own assets.
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back((exe.parent_path() / ".." / "share" / "kepu-kiosk").lexically_normal());
        candidates.push_back(exe.parent_path() / "assets");
    }
    candidates.push_back(KEPU_SOURCE_ASSETS_DIR);
    std::string looked;
    for (const fs::path& candidate : candidates) {
        if (HoldsAssets(candidate)) return {candidate, {}};
        looked += (looked.empty() ? "" : ", ") + candidate.string();
    }
    return {{},
            "no interface text file i18n/ui.toml in " + looked +
                "; set assets = \"DIR\" in the settings file, or pass --assets DIR"};
}

} // namespace kepu
