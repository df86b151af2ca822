// Reading a whole text file.
#include "core/text_file.hpp"

#include <fstream>
#include <sstream>

namespace kepu {

std::optional<std::string> ReadTextFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return buffer.str();
}

} // namespace kepu
