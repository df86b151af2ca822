// Interface strings, the bundled strings and content, and the glyph set.
#include "core/content_catalog.hpp"
#include "core/glyph_set.hpp"
#include "core/ui_strings.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kepu;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = KEPU_SOURCE_DIR;

void Write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << text;
}
} // namespace

TEST_CASE("strings: lookup, English falls back to Chinese, unknown keys show themselves") {
    UiStrings strings;
    const auto errors = strings.LoadText(R"(
[nav]
back = { zh = "返回", en = "Back" }
home = { zh = "首页" }
[idle]
countdown = { zh = "{n} 秒", en = "{n} s" }
)",
                                         "ui.toml");
    CHECK(errors.empty());
    CHECK(strings.Get("nav.back", Lang::En) == "Back");
    CHECK(strings.Get("nav.home", Lang::En) == "首页");
    CHECK(strings.Get("nav.nowhere", Lang::Zh) == "nav.nowhere");
    CHECK(strings.Format("idle.countdown", Lang::Zh, {{"n", "20"}}) == "20 秒");
}

TEST_CASE("strings: a broken entry is reported with its place") {
    UiStrings strings;
    const auto errors = strings.LoadText("[nav]\nback = \"返回\"\n", "ui.toml");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("ui.toml:2:", 0) == 0);
}

TEST_CASE("the bundled interface strings load clean and have English for every key") {
    UiStrings strings;
    CHECK(strings.LoadFile(kSource / "assets/i18n/ui.toml").empty());
    CHECK(strings.Size() > 40);
    for (const char* key :
         {"attract.touch_to_start", "nav.back", "nav.home", "home.large_text", "idle.still_there",
          "idle.continue", "admin.pin_locked", "admin.quit", "module.quizzes.title", "module.stories.title",
          "module.seniors.title", "audience.civil-servant"}) {
        INFO(key);
        CHECK(strings.Has(key));
        CHECK(strings.Get(key, Lang::En) != strings.Get(key, Lang::Zh));
    }
}

TEST_CASE("the bundled content loads with no problems") {
    const ContentCatalog catalog = LoadContentCatalog(kSource / "content");
    for (const auto& problem : catalog.problems)
        INFO(problem);
    CHECK(catalog.problems.empty());
    REQUIRE(catalog.packs.size() >= 1);
    CHECK(catalog.Highlights().size() >= 3);
    for (const Highlight* h : catalog.Highlights())
        CHECK_FALSE(h->source.empty());
    CHECK_FALSE(catalog.ItemsOf(Module::Quizzes).empty());
    CHECK_FALSE(catalog.ItemsOf(Module::Stories).empty());
    CHECK_FALSE(catalog.ItemsOf(Module::Seniors).empty());
}

TEST_CASE("content: a broken pack is skipped whole and named; the good one still loads") {
    const fs::path dir = fs::temp_directory_path() / "kepu-catalog-test";
    fs::remove_all(dir);
    Write(dir / "good/pack.toml", "id = \"good\"\nversion = \"1\"\ntitle = { zh = \"好\" }\n");
    Write(dir / "good/quizzes/a.toml", "id = \"quiz-a\"\ntitle = { zh = \"甲\" }\n");
    Write(dir / "bad/pack.toml", "id = \"bad\"\nversion = \"1\"\ntitle = { zh = \"坏\" }\n");
    Write(dir / "bad/quizzes/b.toml", "id = \"quiz-b\"\ntitle = \"no table\"\n");
    const ContentCatalog catalog = LoadContentCatalog(dir);
    REQUIRE(catalog.packs.size() == 1);
    CHECK(catalog.packs[0].id == "good");
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0] ==
          (dir / "bad/quizzes/b.toml").string() +
              ":2:9: error: \"title\" must be a table: title = { zh = \"…\", en = \"…\" }");
    fs::remove_all(dir);
}

TEST_CASE("content: duplicate ids across packs are refused") {
    const fs::path dir = fs::temp_directory_path() / "kepu-catalog-dup";
    fs::remove_all(dir);
    Write(dir / "a/pack.toml", "id = \"a\"\nversion = \"1\"\ntitle = { zh = \"甲\" }\n");
    Write(dir / "a/stories/s.md", "+++\nid = \"same\"\ntitle = { zh = \"同\" }\n+++\ntext\n");
    Write(dir / "b/pack.toml", "id = \"b\"\nversion = \"1\"\ntitle = { zh = \"乙\" }\n");
    Write(dir / "b/stories/s.md", "+++\nid = \"same\"\ntitle = { zh = \"同\" }\n+++\ntext\n");
    const ContentCatalog catalog = LoadContentCatalog(dir);
    CHECK(catalog.packs.size() == 1);
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0].find("id \"same\" is already used") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("content: a missing or empty folder says what to do") {
    auto catalog = LoadContentCatalog("/nonexistent/content");
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0].find("does not exist; pass --content DIR") != std::string::npos);
    const fs::path empty = fs::temp_directory_path() / "kepu-catalog-empty";
    fs::create_directories(empty);
    catalog = LoadContentCatalog(empty);
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0].find("no content packs here") != std::string::npos);
}

TEST_CASE("glyph set: used characters plus ASCII and CJK punctuation, as merged ranges") {
    GlyphSet glyphs;
    CHECK(glyphs.Contains('A'));
    CHECK(glyphs.Contains(U'，'));
    CHECK_FALSE(glyphs.Contains(U'沙'));
    glyphs.AddText("沙坡头");
    CHECK(glyphs.Contains(U'沙'));
    CHECK(glyphs.Contains(U'头'));
    const auto ranges = glyphs.Ranges();
    CHECK(ranges.front().first == 0x20);
    CHECK(ranges.front().second == 0x7E);
    for (std::size_t i = 1; i < ranges.size(); ++i)
        CHECK(ranges[i].first > ranges[i - 1].second + 1);
    GlyphSet few(false);
    few.AddText("中卫?");
    CHECK(few.Size() == 3);
    CHECK(few.Ranges().size() == 3);
}
