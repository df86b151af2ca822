// The content checks that need the real font and image decoder. The core asks through this
// interface; src/adapters/content_assets.cpp answers with FreeType and stb_image.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace kepu {

struct ImageInfo {
    bool decodes = false;
    int width = 0;
    int height = 0;
    std::uintmax_t bytes = 0;
    std::string problem; // why it does not decode
};

inline constexpr int kMaxImageSide = 4096;              // GPU texture limit we design for
inline constexpr std::uintmax_t kMaxImageBytes = 8'000'000; // a kiosk loads images whole

class ContentAssets {
public:
    virtual ~ContentAssets() = default;
    // Can the kiosk's font draw this character?
    virtual bool CanDraw(char32_t codePoint) const = 0;
    virtual ImageInfo ProbeImage(const std::filesystem::path& file) const = 0;
};

} // namespace kepu
