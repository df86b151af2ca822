// The kiosk's local data folder (default ./var): created at start, checked for writing, and home
// of the kiosk's own id (an id of the device, never of a visitor).
#pragma once
#include <filesystem>
#include <string>

namespace kepu {

// Returns an empty string when the folder exists (or was created) and accepts a file, else a
// message naming the folder, the cause and the fix.
std::string PrepareDataFolder(const std::filesystem::path& dataDir);

// DATA/kiosk-id, created on first start with a random id like "kiosk-3f9a1c0e".
std::string LoadOrCreateKioskId(const std::filesystem::path& dataDir);

} // namespace kepu
