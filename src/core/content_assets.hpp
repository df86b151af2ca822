// The content checks that need the real font and image decoder. The core asks through this
// interface; src/adapters/content_assets.cpp answers with FreeType and stb_image.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace kepu {

struct ImageInfo {
    bool readable = false; // the header was read: width and height are what the file declares
    bool decodes = false;  // the pixels decode; not tried when the header is over the limits below
    int width = 0;
    int height = 0;
    std::uintmax_t bytes = 0;
    std::string problem; // why it cannot be read or decoded
};

inline constexpr int kMaxImageSide = 4096;                  // GPU texture limit we design for
inline constexpr std::uintmax_t kMaxImageBytes = 8'000'000; // a kiosk loads images whole

class ContentAssets {
  public:
    virtual ~ContentAssets() = default;
    // Can the kiosk's font draw this character?
    virtual bool CanDraw(char32_t codePoint) const = 0;
    virtual ImageInfo ProbeImage(const std::filesystem::path& file) const = 0;
};

} // namespace kepu
