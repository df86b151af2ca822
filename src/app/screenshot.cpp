// Writes the frame just drawn to a PNG file.
#include "app/screenshot.hpp"

#include "app/render/render_window.hpp"

#include <stb_image_write.h>

namespace kepu {

std::string SaveScreenshot(RenderWindow& window, const std::filesystem::path& file) {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
    if (!window.ReadPixels(width, height, rgba))
        return "cannot read the frame from the renderer (" + window.Description() + ")";
    for (std::size_t i = 3; i < rgba.size(); i += 4)
        rgba[i] = 255; // the window is opaque
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (!stbi_write_png(file.c_str(), width, height, 4, rgba.data(), width * 4))
        return file.string() + ": cannot write the PNG (is the folder writable?)";
    return {};
}

} // namespace kepu
