// The real font and image checks behind `kepu-kiosk validate`: FreeType's character map of Noto
// Sans CJK, and stb_image decoding real files.
#include "adapters/content_assets.hpp"
#include "core/config.hpp"
#include "core/content_catalog.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stb_image_write.h>
#include <vector>

using namespace kepu;
namespace fs = std::filesystem;

namespace {

std::uint32_t Crc32(const std::string& bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : bytes) {
        crc ^= c;
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

std::string BigEndian(std::uint32_t v) {
    return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
}

std::string Chunk(const std::string& type, const std::string& data) {
    return BigEndian(static_cast<std::uint32_t>(data.size())) + type + data + BigEndian(Crc32(type + data));
}

// An "image bomb": a few dozen bytes whose header declares width x height grey+alpha pixels (800 MB
// for 20000 x 20000, as in the 389 kB example). Decoding it would allocate that much before failing;
// the header alone is enough.
std::string PngDeclaring(std::uint32_t width, std::uint32_t height) {
    const std::string ihdr = BigEndian(width) + BigEndian(height) + std::string{8, 4, 0, 0, 0};
    const std::string idat{0x78, 0x01, 0x01, 0x00, 0x00, char(0xFF), char(0xFF), 0, 0, 0, 1};
    return std::string("\x89PNG\r\n\x1a\n", 8) + Chunk("IHDR", ihdr) + Chunk("IDAT", idat) +
           Chunk("IEND", "");
}

long PeakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

TEST_CASE("font check: Noto Sans CJK SC draws Chinese, not emoji or rare extension-B characters") {
    const FontAndImageChecks checks(kDefaultFontFile, kDefaultFontIndex);
    REQUIRE(checks.Problem().empty());
    CHECK(checks.CanDraw(U'中'));
    CHECK(checks.CanDraw(U'枸'));
    CHECK(checks.CanDraw(U'，'));
    CHECK(checks.CanDraw(U'A'));
    CHECK_FALSE(checks.CanDraw(U'\u0915'));     // Devanagari KA: not in Noto Sans CJK
    CHECK_FALSE(checks.CanDraw(U'\U0001F600')); // emoji, and beyond what the atlas holds
    CHECK_FALSE(checks.CanDraw(U'\U00020000')); // CJK extension B
}

TEST_CASE("font check: an unreadable font is reported, and does not fail every character") {
    const FontAndImageChecks checks("/nonexistent/font.ttc", 0);
    CHECK(checks.Problem().find("/nonexistent/font.ttc: cannot read the font") == 0);
    CHECK(checks.CanDraw(U'中'));
}

TEST_CASE("image check: real PNG and JPEG decode with their size; garbage does not") {
    const kepu::testing::TempDir temp("kepu-image-check");
    const fs::path& dir = temp.Path();
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
}

TEST_CASE("image check: an image bomb is refused from its header, before any decoding (bug 4)") {
    const kepu::testing::TempDir temp("kepu-image-bomb");
    const fs::path& dir = temp.Path();
    const std::string bomb = PngDeclaring(20000, 20000);
    std::ofstream(dir / "bomb.png", std::ios::binary) << bomb;
    const FontAndImageChecks checks(kDefaultFontFile, kDefaultFontIndex);
    const long rssBefore = PeakRssKb();
    const auto start = std::chrono::steady_clock::now();
    const ImageInfo info = checks.ProbeImage(dir / "bomb.png");
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(info.readable);
    CHECK(info.width == 20000); // what the header declares
    CHECK(info.height == 20000);
    CHECK(info.bytes == bomb.size());
    CHECK_FALSE(info.decodes); // never tried
    CHECK(PeakRssKb() - rssBefore < 50'000);
    CHECK(took < std::chrono::milliseconds(500));

    // Through the validator: a quiz image and a story's Markdown image get the same, single check.
    fs::create_directories(dir / "pack/quizzes");
    fs::create_directories(dir / "pack/stories");
    fs::create_directories(dir / "pack/images");
    fs::rename(dir / "bomb.png", dir / "pack/images/bomb.png");
    std::ofstream(dir / "pack/pack.toml") << "id = \"bomb-pack\"\nversion = \"1\"\nlanguages = [\"zh\"]\n"
                                             "title = { zh = \"包\" }\n";
    std::ofstream(dir / "pack/quizzes/q.toml")
        << "id = \"bomb-quiz\"\ntitle = { zh = \"题\" }\nsummary = { zh = \"题\" }\nimage = "
           "\"images/bomb.png\"\n"
           "[[question]]\nid = \"q\"\ntext = { zh = \"问\" }\nchoices = [{ zh = \"是\" }, { zh = \"否\" }]\n"
           "answer = 1\ndifficulty = 1\nexplanation = { zh = \"答\" }\nsource = \"书\"\n";
    // The story's 相关问答 in a set of its own (the bomb's set is left out).
    std::ofstream(dir / "pack/quizzes/r.toml")
        << "id = \"related-quiz\"\ntitle = { zh = \"题\" }\nsummary = { zh = \"题\" }\n"
           "[[question]]\nid = \"a\"\ntext = { zh = \"问一\" }\nchoices = [{ zh = \"是\" }, { zh = \"否\" "
           "}]\n"
           "answer = 1\ndifficulty = 1\nexplanation = { zh = \"答\" }\nsource = \"书\"\n"
           "[[question]]\nid = \"b\"\ntext = { zh = \"问二\" }\nchoices = [{ zh = \"是\" }, { zh = \"否\" "
           "}]\n"
           "answer = 1\ndifficulty = 1\nexplanation = { zh = \"答\" }\nsource = \"书\"\n";
    std::ofstream(dir / "pack/stories/s.md")
        << "+++\nid = \"bomb-story\"\ntitle = { zh = \"事\" }\n"
           "summary = { zh = \"事\" }\nsource = \"书\"\npeople = [{ name = { zh = \"甲\" }, born = 1900 }]\n"
           "spirit = [\"dedication\"]\nthink = { zh = \"想\" }\nrelated = [\"related-quiz/a\", "
           "\"related-quiz/b\"]\n"
           "[[images]]\nfile = \"images/bomb.png\"\nprovenance = \"drawn-for-kepu\"\n+++\n\n"
           "正文。\n\n![图](images/bomb.png)\n";
    const ContentCatalog catalog = LoadContentCatalog(dir / "pack", &checks);
    std::vector<std::string> errors;
    for (const Diagnostic& d : catalog.diagnostics.Items())
        if (d.severity == Severity::Error) errors.push_back(d.Format());
    const std::string tooLarge =
        ": 错误：图片 \"images/bomb.png\" 有 20000x20000 像素；每边最多 4096（宽 1920 就足够了） "
        "(error: image \"images/bomb.png\" is 20000x20000 pixels; at most 4096 on each side "
        "(1920 wide is plenty))";
    CHECK(errors == std::vector<std::string>{(dir / "pack/quizzes/q.toml").string() + ":4:9" + tooLarge,
                                             (dir / "pack/stories/s.md").string() + ":17:1" + tooLarge});
    CHECK(PeakRssKb() - rssBefore < 50'000);
}
