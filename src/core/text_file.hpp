// Reading a whole text file (settings, interface strings, content, test scripts).
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace kepu {

// The file's bytes, or nullopt when it cannot be opened or read.
std::optional<std::string> ReadTextFile(const std::filesystem::path& file);

} // namespace kepu
