// Where the kiosk's own files (the interface text, assets/ in the repository) are, found from the
// executable and never from the working directory: a chosen folder, an installed kiosk, or a build.
#pragma once
#include <filesystem>
#include <string>

namespace kepu {

struct AssetsLookup {
    std::filesystem::path dir; // the folder holding i18n/ui.toml; empty when none was found
    std::string error;         // why none was found, for a person; empty when dir is set
};

// chosen: the "assets" setting or --assets; when given it is the only place looked at. Otherwise,
// the first of these that holds i18n/ui.toml:
//   EXE_DIR/../share/kepu-kiosk   an installed kiosk (/usr/bin/kepu-kiosk, /usr/share/kepu-kiosk/)
//   EXE_DIR/assets                a folder copied beside the binary
//   SOURCE/assets                 the source tree the binary was built from (any build folder)
AssetsLookup FindAssetsDir(const std::filesystem::path& chosen);

} // namespace kepu
