// The content loader and validator: one broken example per rule, with the exact message and place
// an author would see from `kepu-kiosk validate`, and a broken pack skipped whole beside a good one.
#include "core/content_catalog.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace kepu;
namespace fs = std::filesystem;

namespace {

const char* const kManifest = R"(id = "pack-a"
version = "2026.1"
languages = ["zh", "en"]
title = { zh = "甲包", en = "Pack A" }
)";

const char* const kQuiz = R"(id = "quiz-a"
title = { zh = "甲题组", en = "Quiz A" }
summary = { zh = "概要。", en = "Summary." }

[[question]]
id = "q1"
text = { zh = "一加一？", en = "One plus one?" }
choices = [{ zh = "二", en = "Two" }, { zh = "三", en = "Three" }]
answer = 1
explanation = { zh = "等于二。", en = "It is two." }
source = "小学数学"
)";

const char* const kStory = R"(+++
id = "story-a"
title = { zh = "甲故事", en = "Story A" }
summary = { zh = "概要。", en = "Summary." }
source = "某书"
+++

正文。

+++ en

Text.
)";

fs::path UniqueTempDir(const std::string& prefix) {
    std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    return pattern;
}

// A content folder with one good pack, then the test breaks one thing.
struct Fixture {
    fs::path dir;
    // A unique folder per run (mkdtemp), so two test runs on one machine never share it.
    explicit Fixture(const std::string& name) : dir(UniqueTempDir("kepu-content-" + name)) {
        Write("a/pack.toml", kManifest);
        Write("a/quizzes/quiz-a.toml", kQuiz);
        Write("a/stories/story-a.md", kStory);
    }
    ~Fixture() { fs::remove_all(dir); }
    void Write(const std::string& path, const std::string& text) const {
        fs::create_directories((dir / path).parent_path());
        std::ofstream(dir / path, std::ios::binary) << text;
    }
    // Replaces the first occurrence of `from` in a file of the fixture.
    void Edit(const std::string& path, const std::string& from, const std::string& to) const {
        std::ifstream in(dir / path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), {});
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        Write(path, text);
    }
    std::string P(const std::string& path) const { return (dir / path).string(); }
};

// The formatted messages, errors and warnings, in file order.
std::vector<std::string> Messages(const ContentCatalog& catalog) {
    std::vector<std::string> out;
    for (const auto& d : catalog.diagnostics.Items())
        out.push_back(d.Format());
    return out;
}

// One problem, exactly this. An error in an item skips that item; in pack.toml, the pack.
void ExpectOnly(const Fixture& f, const std::string& expected, const ContentAssets* assets = nullptr) {
    const ContentCatalog catalog = LoadContentCatalog(f.dir, assets);
    CHECK(Messages(catalog) == std::vector<std::string>{expected});
    const bool error = expected.find(": error: ") != std::string::npos;
    const bool manifest = expected.rfind(f.P("a/pack.toml"), 0) == 0;
    CHECK(catalog.packs.size() == (error && manifest ? 0u : 1u));
    if (!manifest) CHECK(catalog.ItemCount() == (error ? 1u : 2u));
}

class FakeAssets final : public ContentAssets {
  public:
    bool CanDraw(char32_t cp) const override { return cp != U'☃'; }
    ImageInfo ProbeImage(const fs::path& file) const override {
        ImageInfo info{
            .readable = true, .decodes = true, .width = 800, .height = 600, .bytes = 50'000, .problem = {}};
        if (file.filename() == "broken.png") info = {.readable = true, .bytes = 10, .problem = "corrupt PNG"};
        if (file.filename() == "huge.png")
            info = {.readable = true, .width = 6000, .height = 4000, .bytes = 2'000'000, .problem = {}};
        if (file.filename() == "heavy.jpg")
            info = {.readable = true, .width = 1920, .height = 1080, .bytes = 20'000'000, .problem = {}};
        return info;
    }
};

} // namespace

TEST_CASE("content rules: a good pack loads with no message at all") {
    Fixture f("good");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    CHECK(Messages(catalog).empty());
    REQUIRE(catalog.packs.size() == 1);
    REQUIRE(catalog.packs[0].items.size() == 2);
    const ContentItem* quiz = catalog.FindItem("quiz-a");
    REQUIRE(quiz);
    REQUIRE(quiz->AsQuizSet());
    CHECK_FALSE(quiz->AsStory());
    CHECK(quiz->Type() == "quiz-set");
    const auto& questions = quiz->AsQuizSet()->questions;
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].answer == 0);
    CHECK(questions[0].choices[1].en == "Three");
    const ContentItem* story = catalog.FindItem("story-a");
    REQUIRE(story);
    REQUIRE(story->AsStory());
    CHECK(story->Type() == "story");
    CHECK(story->AsStory()->body.zh.find("正文。") != std::string::npos);
    CHECK(story->AsStory()->body.en.find("Text.") != std::string::npos);
}

TEST_CASE("content rules: TOML syntax") {
    Fixture f("syntax");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = ");
    const auto messages = Messages(LoadContentCatalog(f.dir));
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].rfind(f.P("a/quizzes/quiz-a.toml") + ":9:10: error: TOML syntax: ", 0) == 0);
}

TEST_CASE("content rules: required fields") {
    Fixture f("required");
    f.Edit("a/quizzes/quiz-a.toml", "title = { zh = \"甲题组\", en = \"Quiz A\" }\n", "");
    ExpectOnly(f, f.P("a/quizzes/quiz-a.toml") + ":1:1: error: missing \"title\" (zh = \"…\", en = \"…\")");
}

TEST_CASE("content rules: types") {
    Fixture f("types");
    f.Edit("a/quizzes/quiz-a.toml", "summary = { zh = \"概要。\", en = \"Summary.\" }",
           "summary = \"概要。\"");
    ExpectOnly(f, f.P("a/quizzes/quiz-a.toml") +
                      ":3:11: error: \"summary\" must be a table: summary = { zh = \"…\", en = \"…\" }");
}

TEST_CASE("content rules: value ranges") {
    Fixture f("ranges");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = 3");
    ExpectOnly(f, f.P("a/quizzes/quiz-a.toml") +
                      ":9:10: error: \"answer\" is 3 but there are only 2 choices (answer counts from 1)");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 3", "answer = 0");
    ExpectOnly(f,
               f.P("a/quizzes/quiz-a.toml") + ":9:10: error: \"answer\" must be a whole number from 1 to 4");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 0", "answer = 1");
    f.Edit("a/quizzes/quiz-a.toml", ", { zh = \"三\", en = \"Three\" }", "");
    ExpectOnly(f, f.P("a/quizzes/quiz-a.toml") + ":8:11: error: a question needs 2 to 4 choices (it has 1)");
}

TEST_CASE("content rules: ids") {
    Fixture f("ids");
    f.Edit("a/quizzes/quiz-a.toml", "id = \"quiz-a\"", "id = \"Quiz A\"");
    ExpectOnly(
        f, f.P("a/quizzes/quiz-a.toml") +
               ":1:6: error: \"Quiz A\" is not a valid id: use lowercase letters, digits and '-', starting "
               "with a letter (ids are kept for years by the statistics)");
}

TEST_CASE("content rules: duplicate ids, also across packs") {
    Fixture f("duplicates");
    f.Write("b/pack.toml", std::string(kManifest).replace(6, 6, "pack-b"));
    f.Write("b/quizzes/copy.toml", kQuiz);
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    CHECK(Messages(catalog) == std::vector<std::string>{f.P("b/quizzes/copy.toml") +
                                                        ":1:6: error: id \"quiz-a\" is already used at " +
                                                        f.P("a/quizzes/quiz-a.toml") +
                                                        ":1; every id must be unique across all packs"});
    REQUIRE(catalog.packs.size() == 2);
    CHECK(catalog.FindItem("quiz-a")->file == f.dir / "a/quizzes/quiz-a.toml"); // the first keeps it
    CHECK(catalog.packs[1].items.empty()); // the second's copy is skipped, not its whole pack
    CHECK(catalog.packs[1].skippedItems == std::vector<std::string>{f.P("b/quizzes/copy.toml")});
    CHECK(catalog.skippedPacks.empty());
}

TEST_CASE("content rules: duplicate question ids within a set") {
    Fixture f("question-ids");
    std::string twice = kQuiz;
    twice += twice.substr(twice.find("[[question]]"));
    f.Write("a/quizzes/quiz-a.toml", twice);
    ExpectOnly(f,
               f.P("a/quizzes/quiz-a.toml") + ":13:6: error: question id \"q1\" is used twice in this set");
}

TEST_CASE("content rules: related items must exist") {
    Fixture f("related");
    f.Edit("a/stories/story-a.md", "source = \"某书\"",
           "source = \"某书\"\nrelated = [\"quiz-a\", \"quiz-nowhere\"]");
    ExpectOnly(
        f, f.P("a/stories/story-a.md") +
               ":6:22: error: \"related\" names \"quiz-nowhere\", which is not an item of any loaded pack");
}

TEST_CASE("content rules: images exist, decode, and are not too large") {
    Fixture f("images");
    FakeAssets assets;
    const std::string quiz = f.P("a/quizzes/quiz-a.toml");
    f.Edit("a/quizzes/quiz-a.toml", "source = \"小学数学\"",
           "source = \"小学数学\"\nimage = \"images/sum.png\"");
    ExpectOnly(f,
               quiz + ":12:9: error: image \"images/sum.png\" does not exist in the pack (looked for " +
                   f.P("a/images/sum.png") + ")",
               &assets);
    f.Write("a/images/sum.png", "png");
    CHECK(Messages(LoadContentCatalog(f.dir, &assets)).empty());
    f.Edit("a/quizzes/quiz-a.toml", "images/sum.png", "images/broken.png");
    f.Write("a/images/broken.png", "png");
    ExpectOnly(
        f,
        quiz + ":12:9: error: image \"images/broken.png\" cannot be decoded (corrupt PNG); use PNG or JPEG",
        &assets);
    f.Edit("a/quizzes/quiz-a.toml", "images/broken.png", "images/huge.png");
    f.Write("a/images/huge.png", "png");
    ExpectOnly(f,
               quiz +
                   ":12:9: error: image \"images/huge.png\" is 6000x4000 pixels; at most 4096 on each side "
                   "(1920 wide is plenty)",
               &assets);
    f.Edit("a/quizzes/quiz-a.toml", "images/huge.png", "images/heavy.jpg");
    f.Write("a/images/heavy.jpg", "jpg");
    ExpectOnly(
        f, quiz + ":12:9: error: image \"images/heavy.jpg\" is 20000 kB; at most 8000 kB (save it smaller)",
        &assets);
    f.Edit("a/quizzes/quiz-a.toml", "images/heavy.jpg", "../../etc/passwd");
    ExpectOnly(f,
               quiz + ":12:9: error: image \"../../etc/passwd\" must be a path inside the pack, like "
                      "\"images/dunes.png\"",
               &assets);
}

TEST_CASE("content rules: a link inside the pack that leads outside it is refused (bug 5)") {
    Fixture f("symlink");
    const std::string quiz = f.P("a/quizzes/quiz-a.toml");
    f.Write(".outside/secret.png", "png");
    fs::create_directories(f.dir / "a/images");
    fs::create_symlink(f.dir / ".outside/secret.png", f.dir / "a/images/secret.png");
    f.Edit("a/quizzes/quiz-a.toml", "source = \"小学数学\"",
           "source = \"小学数学\"\nimage = \"images/secret.png\"");
    const std::string outside = fs::canonical(f.dir / ".outside/secret.png").string();
    ExpectOnly(f, quiz + ":12:9: error: image \"images/secret.png\" is a link to " + outside +
                      ", outside the pack; copy the file into the pack");
    // A linked folder, and a Markdown image, get the same check.
    fs::create_directory_symlink(f.dir / ".outside", f.dir / "a/images/linked");
    f.Edit("a/quizzes/quiz-a.toml", "images/secret.png", "images/linked/secret.png");
    ExpectOnly(f, quiz + ":12:9: error: image \"images/linked/secret.png\" is a link to " + outside +
                      ", outside the pack; copy the file into the pack");
    f.Edit("a/quizzes/quiz-a.toml", "image = \"images/linked/secret.png\"", "");
    f.Edit("a/stories/story-a.md", "正文。", "正文。![秘密](images/secret.png)");
    ExpectOnly(f, f.P("a/stories/story-a.md") + ":8:1: error: image \"images/secret.png\" is a link to " +
                      outside + ", outside the pack; copy the file into the pack");
    // A link that stays inside the pack is fine, and so is a pack folder that is itself a link.
    f.Write("a/images/real.png", "png");
    fs::remove(f.dir / "a/images/secret.png");
    fs::create_symlink("real.png", f.dir / "a/images/secret.png");
    fs::rename(f.dir / "a", f.dir / ".a-v1");
    fs::create_directory_symlink(".a-v1", f.dir / "a");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    CHECK(Messages(catalog).empty());
    CHECK(catalog.ItemCount() == 2);
}

TEST_CASE("content rules: text that will not fit its box") {
    Fixture f("fit");
    f.Edit("a/quizzes/quiz-a.toml", "{ zh = \"二\", en = \"Two\" }",
           "{ zh = \"二二二二二二二二二二二二二二二二二二二二二\", en = \"Two\" }");
    ExpectOnly(f,
               f.P("a/quizzes/quiz-a.toml") +
                   ":8:19: error: \"choice zh\" is too long for an answer choice (42 columns, at most 40; a "
                   "Chinese character counts 2): it would not fit its box on screen");
}

TEST_CASE("content rules: characters the font cannot draw") {
    Fixture f("glyphs");
    FakeAssets assets;
    f.Edit("a/quizzes/quiz-a.toml", "title = { zh = \"甲题组\"", "title = { zh = \"甲题组☃\"");
    ExpectOnly(
        f,
        f.P("a/quizzes/quiz-a.toml") +
            ":2:16: error: the kiosk's font cannot draw \"☃\"; use other characters (or a font that has "
            "them)",
        &assets);
}

TEST_CASE("content rules: English missing is a warning; the pack still loads") {
    Fixture f("english");
    f.Edit("a/quizzes/quiz-a.toml", "explanation = { zh = \"等于二。\", en = \"It is two.\" }",
           "explanation = { zh = \"等于二。\" }");
    ExpectOnly(
        f,
        f.P("a/quizzes/quiz-a.toml") +
            ":10:15: warning: \"explanation\" has no English (en): the English interface shows the Chinese");
}

TEST_CASE("content rules: unknown fields are warned about (typos)") {
    Fixture f("unknown");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = 1\nanwser = 2");
    ExpectOnly(f, f.P("a/quizzes/quiz-a.toml") +
                      ":10:10: warning: unknown field \"anwser\" is ignored (a typo?)");
}

TEST_CASE("content rules: the pack manifest") {
    Fixture f("manifest");
    const std::string manifest = f.P("a/pack.toml");
    f.Edit("a/pack.toml", "languages = [\"zh\", \"en\"]", "languages = [\"en\"]");
    ExpectOnly(f, manifest + ":3:13: error: every pack is in Chinese: \"languages\" must include \"zh\"");
    f.Edit("a/pack.toml", "languages = [\"en\"]",
           "languages = [\"zh\", \"en\"]\nactive_from = 2026-09-20\n"
           "active_until = 2026-09-14");
    ExpectOnly(f, manifest + ":5:16: error: \"active_until\" is before \"active_from\"");
    f.Edit("a/pack.toml", "active_until = 2026-09-14", "active_until = \"2026-09-26\"");
    ExpectOnly(f, manifest +
                      ":5:16: error: \"active_until\" must be a date without quotes, e.g. active_until = "
                      "2026-09-15");
}

TEST_CASE("content rules: a campaign pack shows only inside its dates") {
    Fixture f("campaign");
    f.Edit("a/pack.toml", "languages", "active_from = 2026-09-15\nactive_until = 2026-09-21\nlanguages");
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-14").ItemsOf(Module::Quizzes).empty());
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-15").ItemsOf(Module::Quizzes).size() == 1);
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-21").ItemsOf(Module::Quizzes).size() == 1);
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-22").ItemsOf(Module::Quizzes).empty());
}

TEST_CASE("content catalog: a new day switches campaign packs on and off without reading files") {
    Fixture f("new-day");
    f.Write("b/pack.toml",
            std::string(kManifest).replace(6, 6, "pack-b") +
                "active_from = 2026-09-15\nactive_until = 2026-09-21\n"
                "[[highlight]]\nid = \"card-b\"\ntitle = { zh = \"科普日\", en = \"Science day\" }\n"
                "text = { zh = \"今天是科普日。\", en = \"Today is science day.\" }\nsource = \"某书\"\n");
    f.Write("b/quizzes/quiz-b.toml", std::string(kQuiz).replace(6, 6, "quiz-b"));
    ContentCatalog catalog = LoadContentCatalog(f.dir, nullptr, "2026-09-14");
    REQUIRE(catalog.packs.size() == 2); // the inactive pack is loaded, only not shown
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 1);
    CHECK(catalog.Highlights().empty());
    CHECK(catalog.ActiveFor("2026-09-14") == std::vector<std::string>{"pack-a"});
    CHECK(catalog.ActiveFor("2026-09-15") == std::vector<std::string>{"pack-a", "pack-b"});
    CHECK(catalog.ActiveFor("") == std::vector<std::string>{"pack-a", "pack-b"});
    fs::remove_all(f.dir / "b"); // proof that nothing is read again
    catalog.SetToday("2026-09-15");
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 2);
    CHECK(catalog.ItemCount() == 3);
    REQUIRE(catalog.Highlights().size() == 1);
    CHECK(catalog.Highlights()[0]->id == "card-b");
    catalog.SetToday("2026-09-22");
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 1);
    CHECK(catalog.Highlights().empty());
    CHECK(catalog.FindItem("quiz-b")); // still found by id (a visitor in the middle of it keeps it)
}

TEST_CASE("content rules: stories") {
    Fixture f("stories");
    const std::string story = f.P("a/stories/story-a.md");
    f.Write("a/stories/story-a.md", "正文，没有字段。\n");
    ExpectOnly(f, story + ":1:1: error: a story starts with its fields between two lines of +++ (see "
                          "docs/content-format.md)");
    f.Write("a/stories/story-a.md", "+++\nid = \"story-a\"\n");
    ExpectOnly(f, story + ":1:1: error: the fields are not closed: add a line of +++ after them");
    f.Write("a/stories/story-a.md", std::string(kStory).substr(0, std::string(kStory).find("+++\n\n") + 4));
    ExpectOnly(f, story + ":7:1: error: the story has no text after its fields");
    f.Write("a/stories/story-a.md", std::string(kStory).replace(std::string(kStory).find("正文。"), 9,
                                                                "正文。![沙丘](images/dune.png)"));
    ExpectOnly(f, story + ":8:1: error: image \"images/dune.png\" does not exist in the pack (looked for " +
                      f.P("a/images/dune.png") + ")");
    // A Markdown image gets the same check as an image field.
    FakeAssets assets;
    f.Edit("a/stories/story-a.md", "images/dune.png", "images/huge.png");
    f.Write("a/images/huge.png", "png");
    ExpectOnly(f,
               story +
                   ":8:1: error: image \"images/huge.png\" is 6000x4000 pixels; at most 4096 on each side "
                   "(1920 wide is plenty)",
               &assets);
}

TEST_CASE("content rules: a broken item is skipped alone; its pack and the other packs are used") {
    Fixture f("skip");
    f.Write("b/pack.toml", std::string(kManifest).replace(6, 6, "pack-b"));
    f.Write("b/quizzes/fine.toml", std::string(kQuiz).replace(6, 6, "quiz-b"));
    f.Write("b/quizzes/broken.toml", "id = \"quiz-c\"\n");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.packs.size() == 2);
    CHECK(catalog.packs[1].id == "pack-b");
    CHECK(catalog.FindItem("quiz-b"));       // its good neighbour is used
    CHECK_FALSE(catalog.FindItem("quiz-c")); // never half-loaded
    CHECK(catalog.packs[1].skippedItems == std::vector<std::string>{f.P("b/quizzes/broken.toml")});
    CHECK(catalog.skippedItems == std::vector<std::string>{f.P("b/quizzes/broken.toml")});
    CHECK(catalog.ItemCount() == 3);
    CHECK(catalog.problems.size() == 3); // title, summary and questions missing, each named
    for (const auto& p : catalog.problems)
        CHECK(p.rfind(f.P("b/quizzes/broken.toml") + ":1:1: error: missing", 0) == 0);
}

TEST_CASE("content rules: a broken story or tutorial is skipped alone") {
    Fixture f("skip-kinds");
    f.Write("a/stories/broken.md", "no fields\n");
    f.Write("a/tutorials/fine.toml", "id = \"tutorial-a\"\ntitle = { zh = \"甲\", en = \"A\" }\n"
                                     "summary = { zh = \"乙\", en = \"B\" }\n");
    f.Write("a/tutorials/broken.toml", "id = \"tutorial-b\"\n");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.packs.size() == 1);
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 1);
    CHECK(catalog.ItemsOf(Module::Stories).size() == 1);
    REQUIRE(catalog.ItemsOf(Module::Seniors).size() == 1);
    CHECK(catalog.ItemsOf(Module::Seniors)[0]->AsTutorial());
    CHECK(catalog.packs[0].skippedItems ==
          std::vector<std::string>{f.P("a/stories/broken.md"), f.P("a/tutorials/broken.toml")});
    CHECK(catalog.problems.size() == 3); // the story's missing fields; the tutorial's title and summary
}

TEST_CASE("content rules: an item pointing at a skipped item is skipped too") {
    Fixture f("skip-related");
    f.Edit("a/stories/story-a.md", "source = \"某书\"", "source = \"某书\"\nrelated = [\"quiz-a\"]");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = 9");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.packs.size() == 1);
    CHECK(catalog.ItemCount() == 0);
    CHECK(catalog.problems.size() == 2);
    CHECK(catalog.problems[1] ==
          f.P("a/stories/story-a.md") +
              ":6:12: error: \"related\" names \"quiz-a\", which is not an item of any loaded pack");
}

TEST_CASE("content rules: a missing or empty folder says what to do; dot-folders are other versions") {
    auto catalog = LoadContentCatalog("/nonexistent/content");
    CHECK(Messages(catalog) ==
          std::vector<std::string>{"/nonexistent/content: error: the content folder does not "
                                   "exist; pass --content DIR or set content = \"…\" in the "
                                   "settings file"});
    Fixture f("versions");
    fs::rename(f.dir / "a", f.dir / ".a-2026.1");
    catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0].find("no content packs here") != std::string::npos);
    fs::create_directory_symlink(".a-2026.1", f.dir / "a"); // the link names the version in use
    catalog = LoadContentCatalog(f.dir);
    CHECK(Messages(catalog).empty());
    CHECK(catalog.packs.size() == 1);
}

TEST_CASE("content walk: odd trees give problems, never an exception (bug 6)") {
    // Tests run as root, for whom chmod 000 does not make a file unreadable; what a walk meets
    // instead: link loops, dangling links, folders where files are expected, files where folders
    // are, odd bytes in names.
    Fixture f("walk");
    fs::create_symlink("loop", f.dir / "loop"); // a pack folder that is a link to itself
    fs::create_directory_symlink("quizzes", f.dir / "a/quizzes/loop.toml");
    fs::create_symlink("self.toml", f.dir / "a/quizzes/self.toml");
    fs::create_symlink("nowhere.toml", f.dir / "a/quizzes/dangling.toml");
    fs::create_directories(f.dir / "a/quizzes/folder.toml");
    f.Write("a/quizzes/odd \t名字\xff.toml", std::string(kQuiz).replace(6, 6, "quiz-o"));
    f.Write("a/tutorials", "a file where the tutorials folder should be");
    fs::create_symlink("tutorials", f.dir / "a/tutorials-loop");
    fs::create_directories(f.dir / "b/pack.toml"); // a folder where the manifest should be
    ContentCatalog catalog;
    REQUIRE_NOTHROW(catalog = LoadContentCatalog(f.dir));
    REQUIRE(catalog.packs.size() == 1);
    CHECK(catalog.FindItem("quiz-a"));
    CHECK(catalog.FindItem("quiz-o"));
    CHECK(catalog.FindItem("story-a"));
    CHECK(catalog.skippedPacks == std::vector<std::string>{f.P("b")});
    const std::vector<std::string> messages = Messages(catalog);
    const auto has = [&](const std::string& text) {
        INFO(text);
        CHECK(std::any_of(messages.begin(), messages.end(),
                          [&](const std::string& m) { return m.find(text) != std::string::npos; }));
    };
    has(f.P("a/quizzes/dangling.toml") + ": warning: ");
    has(f.P("a/quizzes/self.toml") + ": warning: ");
    has(f.P("a/quizzes/loop.toml") + ": warning: ");
    has(f.P("a/quizzes/folder.toml") + ": warning: ");
    has(f.P("a/tutorials") + ": warning: ");
    has(f.P("b/pack.toml") + ": error: ");
    has(f.P("loop") + ": warning: ");

    // The same for a content folder, and a pack folder, that is a link loop.
    REQUIRE_NOTHROW(catalog = LoadContentCatalog(f.dir / "loop"));
    CHECK(catalog.packs.empty());
    CHECK(catalog.problems.size() == 1);
}

TEST_CASE("content reload: a broken new version keeps the previous one in use") {
    Fixture f("keep-previous");
    const ContentCatalog before = LoadContentCatalog(f.dir);
    REQUIRE(before.packs.size() == 1);
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = 9");
    const ContentCatalog broken = LoadContentCatalog(f.dir);
    REQUIRE(broken.packs.size() == 1); // at start the pack would be used without its broken quiz
    CHECK_FALSE(broken.FindItem("quiz-a"));
    const ContentCatalog kept = KeepPreviousVersions(broken, before);
    REQUIRE(kept.packs.size() == 1);
    CHECK(kept.packs[0].id == "pack-a");
    CHECK(kept.FindItem("quiz-a")->AsQuizSet()->questions[0].answer == 0); // the old, good version, whole
    CHECK(kept.FindItem("story-a"));
    CHECK(kept.keptPrevious == std::vector<std::string>{(f.dir / "a").string()});
    CHECK(kept.problems.size() == 1); // the new version's problem is still reported

    // A manifest error on reload keeps the previous version too.
    f.Edit("a/quizzes/quiz-a.toml", "answer = 9", "answer = 1");
    f.Edit("a/pack.toml", "version = \"2026.1\"", "version = 2026");
    const ContentCatalog badManifest = LoadContentCatalog(f.dir);
    CHECK(badManifest.packs.empty());
    CHECK(KeepPreviousVersions(badManifest, before).packs.size() == 1);
    f.Edit("a/pack.toml", "version = 2026", "version = \"2026.1\"");

    // A previous version never returns beside a good pack that now holds one of its ids.
    f.Write("0/pack.toml", std::string(kManifest).replace(6, 6, "pack-0"));
    f.Write("0/quizzes/moved.toml", kQuiz); // quiz-a moved to a new pack, which loads first
    const ContentCatalog moved = LoadContentCatalog(f.dir);
    REQUIRE(moved.packs.size() == 2); // pack-a without its copy of quiz-a
    CHECK(moved.packs[0].id == "pack-0");
    CHECK(KeepPreviousVersions(moved, before).keptPrevious.empty());
}
