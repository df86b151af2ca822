// Writes the frame just drawn to a PNG file (test scripts, README pictures, bug reports).
#pragma once
#include <filesystem>
#include <string>

namespace kepu {

class GlWindow;

// Returns an empty string on success, else what went wrong and where.
std::string SaveScreenshot(const GlWindow& window, const std::filesystem::path& file);

} // namespace kepu
