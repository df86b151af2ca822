// The real answers to the content checks: which characters the kiosk's font can draw (FreeType's
// character map of the configured face) and whether an image decodes (stb_image: the header first,
// and the pixels only when the header is within the limits).
#pragma once
#include "core/content_assets.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_set>

namespace kepu {

class FontAndImageChecks final : public ContentAssets {
  public:
    // Reads the font's character map once. A font that cannot be read leaves every character
    // "drawable" (the font problem is reported by the kiosk on its own) and sets Problem().
    FontAndImageChecks(const std::filesystem::path& fontFile, int faceIndex);
    bool CanDraw(char32_t codePoint) const override;
    ImageInfo ProbeImage(const std::filesystem::path& file) const override;
    const std::string& Problem() const { return m_problem; }

  private:
    std::unordered_set<char32_t> m_drawable;
    bool m_fontRead = false;
    std::string m_problem;
};

} // namespace kepu
