// Writes the frame just drawn to a PNG file (test scripts, README pictures, bug reports).
#pragma once
#include <filesystem>
#include <string>

namespace kepu {

class RenderWindow;

// Returns an empty string on success, else what went wrong and where.
std::string SaveScreenshot(RenderWindow& window, const std::filesystem::path& file);

} // namespace kepu
