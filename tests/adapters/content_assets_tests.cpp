// The real font and image checks behind `kepu-kiosk validate`: FreeType's character map of Noto
// Sans CJK, and stb_image decoding real files.
#include "adapters/content_assets.hpp"
#include "core/config.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stb_image_write.h>
#include <vector>

using namespace kepu;
namespace fs = std::filesystem;

TEST_CASE("font check: Noto Sans CJK SC draws Chinese, not emoji or rare extension-B characters") {
    const FontAndImageChecks checks(kDefaultFontFile, kDefaultFontIndex);
    REQUIRE(checks.Problem().empty());
    CHECK(checks.CanDraw(U'中'));
    CHECK(checks.CanDraw(U'枸'));
    CHECK(checks.CanDraw(U'，'));
    CHECK(checks.CanDraw(U'A'));
    CHECK_FALSE(checks.CanDraw(U'\u0915')); // Devanagari KA: not in Noto Sans CJK
    CHECK_FALSE(checks.CanDraw(U'\U0001F600')); // emoji, and beyond what the atlas holds
    CHECK_FALSE(checks.CanDraw(U'\U00020000')); // CJK extension B
}

TEST_CASE("font check: an unreadable font is reported, and does not fail every character") {
    const FontAndImageChecks checks("/nonexistent/font.ttc", 0);
    CHECK(checks.Problem().find("/nonexistent/font.ttc: cannot read the font") == 0);
    CHECK(checks.CanDraw(U'中'));
}

TEST_CASE("image check: real PNG and JPEG decode with their size; garbage does not") {
    const fs::path dir = fs::temp_directory_path() / "kepu-image-check";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::vector<unsigned char> pixels(64 * 32 * 3, 200);
    REQUIRE(stbi_write_png((dir / "ok.png").c_str(), 64, 32, 3, pixels.data(), 64 * 3));
    REQUIRE(stbi_write_jpg((dir / "ok.jpg").c_str(), 64, 32, 3, pixels.data(), 90));
    std::ofstream(dir / "garbage.png") << "not an image at all";
    {
        // A PNG cut short: the header is fine, the pixels are not.
        std::ifstream in(dir / "ok.png", std::ios::binary);
        std::string png((std::istreambuf_iterator<char>(in)), {});
        std::ofstream(dir / "truncated.png", std::ios::binary) << png.substr(0, 40);
    }
    const FontAndImageChecks checks(kDefaultFontFile, kDefaultFontIndex);
    for (const char* name : {"ok.png", "ok.jpg"}) {
        const ImageInfo info = checks.ProbeImage(dir / name);
        INFO(name);
        CHECK(info.decodes);
        CHECK(info.width == 64);
        CHECK(info.height == 32);
        CHECK(info.bytes > 0);
    }
    for (const char* name : {"garbage.png", "truncated.png"}) {
        const ImageInfo info = checks.ProbeImage(dir / name);
        INFO(name);
        CHECK_FALSE(info.decodes);
        CHECK_FALSE(info.problem.empty());
    }
    fs::remove_all(dir);
}
