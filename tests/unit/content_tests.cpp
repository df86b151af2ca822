// The content loader and validator: one broken example per rule, with the exact message and place
// an author would see from `kepu-kiosk validate`, and a broken pack skipped whole beside a good one.
#include "content_messages.hpp"
#include "core/content_catalog.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace kepu;
using kepu::testing::ErrorAt;
using kepu::testing::Messages;
using kepu::testing::WarningAt;
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
difficulty = 1
)";

// The story's 相关问答, in a set of their own: tests that break quiz-a leave the story alone.
const char* const kRelatedQuiz = R"(id = "quiz-related"
title = { zh = "乙题组", en = "Quiz B" }
summary = { zh = "概要。", en = "Summary." }

[[question]]
id = "r1"
text = { zh = "四加四？", en = "Four plus four?" }
choices = [{ zh = "八", en = "Eight" }, { zh = "九", en = "Nine" }]
answer = 1
explanation = { zh = "等于八。", en = "It is eight." }
source = "小学数学"
difficulty = 1

[[question]]
id = "r2"
text = { zh = "三加三？", en = "Three plus three?" }
choices = [{ zh = "六", en = "Six" }, { zh = "七", en = "Seven" }]
answer = 1
explanation = { zh = "等于六。", en = "It is six." }
source = "小学数学"
difficulty = 2
)";

// A story long enough to read (at least 600 Chinese characters) after its first line "正文。".
const std::string kStory = std::string(R"(+++
id = "story-a"
title = { zh = "甲故事", en = "Story A" }
summary = { zh = "概要。", en = "Summary." }
source = "某书"
people = [{ name = { zh = "甲", en = "A" }, born = 1900, died = 1980 }]
spirit = ["innovation"]
think = { zh = "为什么？", en = "Why?" }
related = ["quiz-related/r1", "quiz-related/r2"]
+++

正文。

)") + [] {
    std::string filler;
    for (int i = 0; i < 60; ++i)
        filler += "科学家在沙漠里做试验。";
    return filler;
}() + R"(

+++ en

Text.
)";

// A content folder with one good pack, then the test breaks one thing.
struct Fixture {
    kepu::testing::TempDir temp; // unique per run, removed at the end
    fs::path dir;
    explicit Fixture(const std::string& name) : temp("kepu-content-" + name), dir(temp.Path()) {
        Write("a/pack.toml", kManifest);
        Write("a/quizzes/quiz-a.toml", kQuiz);
        Write("a/stories/story-a.md", kStory);
        Write("a/quizzes/quiz-related.toml", kRelatedQuiz);
    }
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

// The quiz with another question text: no two questions may read the same anywhere.
std::string OtherQuestion(std::string quiz) {
    const std::string from = "一加一？";
    return quiz.replace(quiz.find(from), from.size(), "二加二？");
}

// One problem, exactly this. An error in an item skips that item; in pack.toml, the pack.
void ExpectOnly(const Fixture& f, const std::string& expected, const ContentAssets* assets = nullptr) {
    const ContentCatalog catalog = LoadContentCatalog(f.dir, assets);
    CHECK(Messages(catalog) == std::vector<std::string>{expected});
    const bool error = expected.find(": 错误：") != std::string::npos;
    const bool manifest = expected.rfind(f.P("a/pack.toml"), 0) == 0;
    CHECK(catalog.packs.size() == (error && manifest ? 0u : 1u));
    if (!manifest) CHECK(catalog.ItemCount() == (error ? 2u : 3u));
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
    REQUIRE(catalog.packs[0].items.size() == 3);
    const ContentItem* quiz = catalog.FindItem("quiz-a");
    REQUIRE(quiz);
    REQUIRE(quiz->AsQuizSet());
    CHECK_FALSE(quiz->AsStory());
    CHECK(quiz->Type() == "quiz-set");
    const auto& questions = quiz->AsQuizSet()->questions;
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].answers == std::vector<int>{0});
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
    CHECK(messages[0] ==
          ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":9:10",
                  "TOML 格式错误：等号后面缺少值，或值的写法不对（文字要加英文双引号）",
                  "TOML syntax: a value is missing or malformed after \"=\" (text goes in \"quotes\") "
                  "(Error while parsing key-value pair: expected value, saw '\\n')"));
}

TEST_CASE("content rules: the common TOML mistakes get a plain Chinese hint (bug 15)") {
    Fixture f("syntax-hints");
    const std::string quiz = f.P("a/quizzes/quiz-a.toml");
    const auto zhOf = [&] {
        const ContentCatalog catalog = LoadContentCatalog(f.dir);
        REQUIRE(catalog.diagnostics.Items().size() == 1);
        return catalog.diagnostics.Items()[0].message;
    };
    // The shape, in full, once.
    f.Edit("a/quizzes/quiz-a.toml", "source = \"小学数学\"", "source = \"小学数学");
    CHECK(Messages(LoadContentCatalog(f.dir)) ==
          std::vector<std::string>{
              quiz + ":11:15: 错误：TOML 格式错误：引号没有闭合。文字两边都要有英文双引号 \"，"
                     "并写在同一行 (error: TOML syntax: a quote is not closed: put a \" at both "
                     "ends of the text, on one line (Error while parsing string: unescaped "
                     "control characters other than TAB (U+0009) are explicitly prohibited))"});
    f.Edit("a/quizzes/quiz-a.toml", "source = \"小学数学", "source \"小学数学\"");
    CHECK(zhOf() == "TOML 格式错误：缺少等号 =。每一项写成 名称 = 值");
    f.Edit("a/quizzes/quiz-a.toml", "source \"小学数学\"", "source ＝ \"小学数学\"");
    CHECK(
        zhOf() ==
        "TOML 格式错误：用了全角标点 ＝。名称、等号、引号、括号和逗号都要用半角（英文）符号：= \" [ ] { } ,");
    f.Edit("a/quizzes/quiz-a.toml", "source ＝ \"小学数学\"", "source = “小学数学”");
    CHECK(zhOf().find("用了全角标点 “") != std::string::npos);
    f.Edit("a/quizzes/quiz-a.toml", "source = “小学数学”", "来源 = \"小学数学\"");
    CHECK(zhOf() == "TOML 格式错误：名称（等号左边）只能用英文字母、数字、- 和 _");
    // Full-width punctuation inside the text itself is the author's Chinese, not the mistake.
    f.Edit("a/quizzes/quiz-a.toml", "来源 = \"小学数学\"", "source = \"小学，数学：“一”\" x");
    CHECK(zhOf() == "TOML 格式错误：这一行不符合 TOML 格式，请检查引号、等号和括号是否成对");
}

TEST_CASE("content rules: required fields") {
    Fixture f("required");
    f.Edit("a/quizzes/quiz-a.toml", "title = { zh = \"甲题组\", en = \"Quiz A\" }\n", "");
    ExpectOnly(f,
               ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":1:1", "缺少 \"title\" 字段（zh = \"…\", en = \"…\"）",
                       "missing \"title\" (zh = \"…\", en = \"…\")"));
}

TEST_CASE("content rules: types") {
    Fixture f("types");
    f.Edit("a/quizzes/quiz-a.toml", "summary = { zh = \"概要。\", en = \"Summary.\" }",
           "summary = \"概要。\"");
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":3:11",
                          "\"summary\" 必须写成表：summary = { zh = \"…\", en = \"…\" }",
                          "\"summary\" must be a table: summary = { zh = \"…\", en = \"…\" }"));
}

TEST_CASE("content rules: value ranges") {
    Fixture f("ranges");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = 3");
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":9:10",
                          "\"answer\" 是 3，但只有 2 个选项（答案从 1 开始数）",
                          "\"answer\" is 3 but there are only 2 choices (answer counts from 1)"));
    f.Edit("a/quizzes/quiz-a.toml", "answer = 3", "answer = 0");
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":9:10", "\"answer\" 必须是 1 到 4 之间的整数",
                          "\"answer\" must be a whole number from 1 to 4"));
    f.Edit("a/quizzes/quiz-a.toml", "answer = 0", "answer = 1");
    f.Edit("a/quizzes/quiz-a.toml", ", { zh = \"三\", en = \"Three\" }", "");
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":8:11", "一道题需要 2 到 4 个选项（现在有 1 个）",
                          "a question needs 2 to 4 choices (it has 1)"));
}

TEST_CASE("content rules: ids") {
    Fixture f("ids");
    f.Edit("a/quizzes/quiz-a.toml", "id = \"quiz-a\"", "id = \"Quiz A\"");
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":1:6",
                          "\"Quiz A\" 不是有效的编号：只能用小写英文字母、数字和 "
                          "'-'，并以字母开头（统计数据会多年使用编号）",
                          "\"Quiz A\" is not a valid id: use lowercase letters, digits and '-', starting "
                          "with a letter (ids are kept for years by the statistics)"));
}

TEST_CASE("content rules: duplicate ids, also across packs") {
    Fixture f("duplicates");
    f.Write("b/pack.toml", std::string(kManifest).replace(6, 6, "pack-b"));
    f.Write("b/quizzes/copy.toml", OtherQuestion(kQuiz));
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    const std::string first = f.P("a/quizzes/quiz-a.toml") + ":1";
    CHECK(Messages(catalog) ==
          std::vector<std::string>{ErrorAt(
              f.P("b/quizzes/copy.toml") + ":1:6",
              "编号 \"quiz-a\" 已在 " + first + " 使用；所有内容包中的编号都不能重复",
              "id \"quiz-a\" is already used at " + first + "; every id must be unique across all packs")});
    REQUIRE(catalog.packs.size() == 2);
    CHECK(catalog.FindItem("quiz-a")->file == f.dir / "a/quizzes/quiz-a.toml"); // the first keeps it
    CHECK(catalog.packs[1].items.empty()); // the second's copy is skipped, not its whole pack
    CHECK(catalog.packs[1].skippedItems == std::vector<std::string>{f.P("b/quizzes/copy.toml")});
    CHECK(catalog.skippedPacks.empty());
}

TEST_CASE("content rules: duplicate question ids within a set") {
    Fixture f("question-ids");
    std::string twice = kQuiz;
    std::string second = twice.substr(twice.find("[[question]]"));
    second.replace(second.find("一加一？"), std::string("一加一？").size(), "一加二？");
    twice += second;
    f.Write("a/quizzes/quiz-a.toml", twice);
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":14:6", "题目编号 \"q1\" 在这个题组里用了两次",
                          "question id \"q1\" is used twice in this set"));
}

TEST_CASE("content rules: related items must exist") {
    Fixture f("related");
    f.Edit("a/quizzes/quiz-a.toml", "summary = { zh = \"概要。\", en = \"Summary.\" }",
           "summary = { zh = \"概要。\", en = \"Summary.\" }\nrelated = [\"story-a\", \"quiz-nowhere\"]");
    ExpectOnly(f, ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":4:23",
                          "\"related\" 中的 \"quiz-nowhere\" 不是任何已载入内容包中的条目",
                          "\"related\" names \"quiz-nowhere\", which is not an item of any loaded pack"));
}

TEST_CASE("content rules: images exist, decode, and are not too large") {
    Fixture f("images");
    FakeAssets assets;
    const std::string quiz = f.P("a/quizzes/quiz-a.toml");
    f.Edit("a/quizzes/quiz-a.toml", "source = \"小学数学\"",
           "source = \"小学数学\"\nimage = \"images/sum.png\"");
    ExpectOnly(f,
               ErrorAt(quiz + ":12:9",
                       "图片 \"images/sum.png\" 在内容包里不存在（查找的是 " + f.P("a/images/sum.png") + "）",
                       "image \"images/sum.png\" does not exist in the pack (looked for " +
                           f.P("a/images/sum.png") + ")"),
               &assets);
    f.Write("a/images/sum.png", "png");
    CHECK(Messages(LoadContentCatalog(f.dir, &assets)).empty());
    f.Edit("a/quizzes/quiz-a.toml", "images/sum.png", "images/broken.png");
    f.Write("a/images/broken.png", "png");
    ExpectOnly(f,
               ErrorAt(quiz + ":12:9",
                       "图片 \"images/broken.png\" 无法解码（corrupt PNG）；请使用 PNG 或 JPEG",
                       "image \"images/broken.png\" cannot be decoded (corrupt PNG); use PNG or JPEG"),
               &assets);
    f.Edit("a/quizzes/quiz-a.toml", "images/broken.png", "images/huge.png");
    f.Write("a/images/huge.png", "png");
    ExpectOnly(
        f,
        ErrorAt(
            quiz + ":12:9", "图片 \"images/huge.png\" 有 6000x4000 像素；每边最多 4096（宽 1920 就足够了）",
            "image \"images/huge.png\" is 6000x4000 pixels; at most 4096 on each side (1920 wide is plenty)"),
        &assets);
    f.Edit("a/quizzes/quiz-a.toml", "images/huge.png", "images/heavy.jpg");
    f.Write("a/images/heavy.jpg", "jpg");
    ExpectOnly(f,
               ErrorAt(quiz + ":12:9",
                       "图片 \"images/heavy.jpg\" 有 20000 kB；最多 8000 kB（请存成更小的文件）",
                       "image \"images/heavy.jpg\" is 20000 kB; at most 8000 kB (save it smaller)"),
               &assets);
    f.Edit("a/quizzes/quiz-a.toml", "images/heavy.jpg", "../../etc/passwd");
    ExpectOnly(
        f,
        ErrorAt(quiz + ":12:9", "图片 \"../../etc/passwd\" 必须是内容包里的路径，例如 \"images/dunes.png\"",
                "image \"../../etc/passwd\" must be a path inside the pack, like \"images/dunes.png\""),
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
    const auto linkOut = [&](const std::string& place, const std::string& image) {
        return ErrorAt(
            place, "图片 \"" + image + "\" 是指向内容包之外的链接（" + outside + "）；请把文件复制到内容包里",
            "image \"" + image + "\" is a link to " + outside +
                ", outside the pack; copy the file into the pack");
    };
    ExpectOnly(f, linkOut(quiz + ":12:9", "images/secret.png"));
    // A linked folder, and a Markdown image, get the same check.
    fs::create_directory_symlink(f.dir / ".outside", f.dir / "a/images/linked");
    f.Edit("a/quizzes/quiz-a.toml", "images/secret.png", "images/linked/secret.png");
    ExpectOnly(f, linkOut(quiz + ":12:9", "images/linked/secret.png"));
    f.Edit("a/quizzes/quiz-a.toml", "image = \"images/linked/secret.png\"", "");
    f.Edit("a/stories/story-a.md", "正文。", "正文。\n\n![秘密](images/secret.png)");
    ExpectOnly(f, linkOut(f.P("a/stories/story-a.md") + ":14:1", "images/secret.png"));
    f.Edit("a/stories/story-a.md", "+++\n\n正文。",
           "[[images]]\nfile = \"images/secret.png\"\nprovenance = \"drawn-for-kepu\"\n+++\n\n正文。");
    // A link that stays inside the pack is fine, and so is a pack folder that is itself a link.
    f.Write("a/images/real.png", "png");
    fs::remove(f.dir / "a/images/secret.png");
    fs::create_symlink("real.png", f.dir / "a/images/secret.png");
    fs::rename(f.dir / "a", f.dir / ".a-v1");
    fs::create_directory_symlink(".a-v1", f.dir / "a");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    CHECK(Messages(catalog).empty());
    CHECK(catalog.ItemCount() == 3);
}

TEST_CASE("content rules: text that will not fit its box") {
    Fixture f("fit");
    f.Edit("a/quizzes/quiz-a.toml", "{ zh = \"二\", en = \"Two\" }",
           "{ zh = \"二二二二二二二二二二二二二二二二二二二二二\", en = \"Two\" }");
    ExpectOnly(f,
               ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":8:19",
                       "\"choice zh\" 作为答案选项太长（42 列，最多 40 列；一个汉字算 2 列）：屏幕上放不下",
                       "\"choice zh\" is too long for an answer choice (42 columns, at most 40; a "
                       "Chinese character counts 2): it would not fit its box on screen"));
}

TEST_CASE("content rules: characters the font cannot draw") {
    Fixture f("glyphs");
    FakeAssets assets;
    f.Edit("a/quizzes/quiz-a.toml", "title = { zh = \"甲题组\"", "title = { zh = \"甲题组☃\"");
    ExpectOnly(f,
               ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":2:16",
                       "展台的字体无法显示 \"☃\"；请换用其他字符（或换用有这些字符的字体）",
                       "the kiosk's font cannot draw \"☃\"; use other characters (or a font that has them)"),
               &assets);
}

TEST_CASE("content rules: English missing is a warning; the pack still loads") {
    Fixture f("english");
    f.Edit("a/quizzes/quiz-a.toml", "explanation = { zh = \"等于二。\", en = \"It is two.\" }",
           "explanation = { zh = \"等于二。\" }");
    ExpectOnly(f, WarningAt(f.P("a/quizzes/quiz-a.toml") + ":10:15",
                            "\"explanation\" 没有英文（en）：英文界面会显示中文",
                            "\"explanation\" has no English (en): the English interface shows the Chinese"));
}

TEST_CASE("content rules: unknown fields are warned about (typos)") {
    Fixture f("unknown");
    f.Edit("a/quizzes/quiz-a.toml", "answer = 1", "answer = 1\nanwser = 2");
    ExpectOnly(f,
               WarningAt(f.P("a/quizzes/quiz-a.toml") + ":10:10", "未知字段 \"anwser\" 被忽略（拼写错误？）",
                         "unknown field \"anwser\" is ignored (a typo?)"));
}

TEST_CASE("content rules: the pack manifest") {
    Fixture f("manifest");
    const std::string manifest = f.P("a/pack.toml");
    f.Edit("a/pack.toml", "languages = [\"zh\", \"en\"]", "languages = [\"en\"]");
    ExpectOnly(f, ErrorAt(manifest + ":3:13", "每个内容包都有中文：\"languages\" 必须包含 \"zh\"",
                          "every pack is in Chinese: \"languages\" must include \"zh\""));
    f.Edit("a/pack.toml", "languages = [\"en\"]",
           "languages = [\"zh\", \"en\"]\nactive_from = 2026-09-20\n"
           "active_until = 2026-09-14");
    ExpectOnly(f, ErrorAt(manifest + ":5:16", "\"active_until\" 早于 \"active_from\"",
                          "\"active_until\" is before \"active_from\""));
    f.Edit("a/pack.toml", "active_until = 2026-09-14", "active_until = \"2026-09-26\"");
    ExpectOnly(f, ErrorAt(manifest + ":5:16",
                          "\"active_until\" 必须是不加引号的日期，例如 active_until = 2026-09-15",
                          "\"active_until\" must be a date without quotes, e.g. active_until = 2026-09-15"));
}

TEST_CASE("content rules: a campaign pack shows only inside its dates") {
    Fixture f("campaign");
    f.Edit("a/pack.toml", "languages", "active_from = 2026-09-15\nactive_until = 2026-09-21\nlanguages");
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-14").ItemsOf(Module::Quizzes).empty());
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-15").ItemsOf(Module::Quizzes).size() == 2);
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-21").ItemsOf(Module::Quizzes).size() == 2);
    CHECK(LoadContentCatalog(f.dir, nullptr, "2026-09-22").ItemsOf(Module::Quizzes).empty());
}

TEST_CASE("content catalog: a new day switches campaign packs on and off without reading files") {
    Fixture f("new-day");
    f.Write("b/pack.toml",
            std::string(kManifest).replace(6, 6, "pack-b") +
                "active_from = 2026-09-15\nactive_until = 2026-09-21\n"
                "[[highlight]]\nid = \"card-b\"\ntitle = { zh = \"科普日\", en = \"Science day\" }\n"
                "text = { zh = \"今天是科普日。\", en = \"Today is science day.\" }\nsource = \"某书\"\n");
    f.Write("b/quizzes/quiz-b.toml", OtherQuestion(std::string(kQuiz).replace(6, 6, "quiz-b")));
    ContentCatalog catalog = LoadContentCatalog(f.dir, nullptr, "2026-09-14");
    REQUIRE(catalog.packs.size() == 2); // the inactive pack is loaded, only not shown
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 2);
    CHECK(catalog.Highlights().empty());
    CHECK(catalog.ActiveFor("2026-09-14") == std::vector<std::string>{"pack-a"});
    CHECK(catalog.ActiveFor("2026-09-15") == std::vector<std::string>{"pack-a", "pack-b"});
    CHECK(catalog.ActiveFor("") == std::vector<std::string>{"pack-a", "pack-b"});
    fs::remove_all(f.dir / "b"); // proof that nothing is read again
    catalog.SetToday("2026-09-15");
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 3);
    CHECK(catalog.ItemCount() == 4);
    REQUIRE(catalog.Highlights().size() == 1);
    CHECK(catalog.Highlights()[0]->id == "card-b");
    catalog.SetToday("2026-09-22");
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 2);
    CHECK(catalog.Highlights().empty());
    CHECK(catalog.FindItem("quiz-b")); // still found by id (a visitor in the middle of it keeps it)
}

TEST_CASE("content rules: a story's people, spirit, think, related questions, pictures and length") {
    Fixture f("story-fields");
    const std::string story = f.P("a/stories/story-a.md");
    // The good fixture's fields are read.
    {
        const ContentCatalog catalog = LoadContentCatalog(f.dir);
        const ContentItem* item = catalog.FindItem("story-a");
        REQUIRE(item);
        const Story& s = *item->AsStory();
        REQUIRE(s.people.size() == 1);
        CHECK((s.people[0].name.zh == "甲" && s.people[0].born == 1900 && s.people[0].died == 1980));
        CHECK(s.spirit == std::vector<Spirit>{Spirit::Innovation});
        CHECK(s.think.en == "Why?");
        REQUIRE(s.related.size() == 2);
        CHECK((s.related[1].set == "quiz-related" && s.related[1].question == "r2"));
        REQUIRE_FALSE(s.zh.blocks.empty());
        CHECK(PlainText(s.zh.blocks[0]) == "正文。");
        CHECK(s.zh.blocks[0].line == 12);
        CHECK(PlainText(s.en.blocks[0]) == "Text.");
    }
    f.Edit("a/stories/story-a.md", "spirit = [\"innovation\"]", "spirit = [\"bravery\"]");
    ExpectOnly(
        f, ErrorAt(story + ":7:11",
                   "\"spirit\" 只能是：patriotism, innovation, truth-seeking, dedication, collaboration, "
                   "mentoring",
                   "\"spirit\" is one of: patriotism, innovation, truth-seeking, dedication, collaboration, "
                   "mentoring"));
    f.Edit("a/stories/story-a.md", "spirit = [\"bravery\"]", "spirit = [\"innovation\", \"innovation\"]");
    ExpectOnly(f, ErrorAt(story + ":7:25", "\"spirit\" 里 \"innovation\" 写了两次",
                          "\"spirit\" lists \"innovation\" twice"));
    f.Edit("a/stories/story-a.md", "spirit = [\"innovation\", \"innovation\"]", "spirit = [\"innovation\"]");
    f.Edit("a/stories/story-a.md", "died = 1980", "died = 1800");
    ExpectOnly(
        f, ErrorAt(story + ":6:64", "去世年份早于出生年份", "the year of death is before the year of birth"));
    f.Edit("a/stories/story-a.md", "died = 1800", "died = 1980");
    f.Edit("a/stories/story-a.md", "[\"quiz-related/r1\", \"quiz-related/r2\"]", "[\"quiz-related/r1\"]");
    ExpectOnly(f, ErrorAt(story + ":9:11",
                          "\"related\" 要列出 2 到 3 道相关的题（题组编号/题目编号），故事读完后用来答题",
                          "\"related\" lists 2 to 3 questions (SET-ID/QUESTION-ID), asked after the story"));
    f.Edit("a/stories/story-a.md", "[\"quiz-related/r1\"]", "[\"quiz-related\", \"quiz-related/r2\"]");
    ExpectOnly(f, ErrorAt(story + ":9:12", "\"related\" 中的 \"quiz-related\" 要写成 题组编号/题目编号",
                          "\"related\" names \"quiz-related\": write SET-ID/QUESTION-ID"));
    f.Edit("a/stories/story-a.md", "[\"quiz-related\", \"quiz-related/r2\"]",
           "[\"quiz-related/r1\", \"quiz-related/r9\"]");
    ExpectOnly(
        f, ErrorAt(story + ":9:31", "\"related\" 中的 \"quiz-related/r9\" 不是任何已载入题组中的题目",
                   "\"related\" names \"quiz-related/r9\", which is not a question of any loaded quiz set"));
    f.Edit("a/stories/story-a.md", "quiz-related/r9", "quiz-related/r2");

    // Every picture says where it comes from; an entry no picture uses is a warning.
    f.Write("a/images/real.png", "png");
    f.Edit("a/stories/story-a.md", "正文。", "正文。\n\n![沙丘](images/real.png)");
    ExpectOnly(
        f, ErrorAt(story + ":14:1",
                   "图片 \"images/real.png\" 没有写出处：在字段里加一个 [[images]]，写明 file 和 provenance",
                   "the picture \"images/real.png\" has no provenance: add an [[images]] table with its file "
                   "and provenance"));
    f.Edit("a/stories/story-a.md", "+++\n\n正文。",
           "[[images]]\nfile = \"images/real.png\"\nprovenance = \"found-online\"\n+++\n\n正文。");
    ExpectOnly(
        f, ErrorAt(story + ":12:14",
                   "\"provenance\" 只能是 drawn-for-kepu（为本展台绘制）、public-domain（公有领域，写 "
                   "origin）或 cc-by（写 credit）",
                   "\"provenance\" is drawn-for-kepu, public-domain (with origin) or cc-by (with credit)"));
    f.Edit("a/stories/story-a.md", "provenance = \"found-online\"", "provenance = \"cc-by\"");
    ExpectOnly(f, ErrorAt(story + ":10:1", "缺少 \"credit\" 字段（引号里的文字）",
                          "missing \"credit\" (a text in quotes)"));
    f.Edit("a/stories/story-a.md", "provenance = \"cc-by\"",
           "provenance = \"cc-by\"\ncredit = \"甲 / CC BY 4.0\"");
    CHECK(Messages(LoadContentCatalog(f.dir)).empty());
    f.Edit("a/stories/story-a.md", "\n\n![沙丘](images/real.png)", "");
    const ContentCatalog unused = LoadContentCatalog(f.dir);
    CHECK(Messages(unused) == std::vector<std::string>{WarningAt(
                                  story + ":10:1", "[[images]] 里的 \"images/real.png\" 在正文里没有用到",
                                  "the [[images]] entry \"images/real.png\" is not used in the text")});
    CHECK(unused.FindItem("story-a")); // a warning: the story is shown
}

TEST_CASE("content rules: a story's length: short is a warning, too long an error") {
    Fixture f("story-length");
    const std::string story = f.P("a/stories/story-a.md");
    const std::string head = std::string(kStory).substr(0, std::string(kStory).find("正文。"));
    f.Write("a/stories/story-a.md", head + "正文很短。\n\n+++ en\n\nShort.\n");
    const ContentCatalog shortStory = LoadContentCatalog(f.dir);
    CHECK(Messages(shortStory) == std::vector<std::string>{WarningAt(
                                      story + ":11:1", "中文正文较短：约 5 字，故事宜在 600 字以上",
                                      "the Chinese text is short: about 5 characters; a story should have "
                                      "at least 600")});
    CHECK(shortStory.FindItem("story-a"));
    std::string longText;
    for (int i = 0; i < 160; ++i)
        longText += "科学家在沙漠里做试验。"; // 1,760 characters
    f.Write("a/stories/story-a.md", head + longText + "\n\n+++ en\n\nLong.\n");
    ExpectOnly(
        f, ErrorAt(story + ":11:1", "中文正文太长：约 1760 字，最多 1500 字（站着读一到三分钟）",
                   "the Chinese text is too long: about 1760 characters, at most 1500 (one to three minutes "
                   "of reading, standing)"));
}

TEST_CASE("content rules: stories") {
    Fixture f("stories");
    const std::string story = f.P("a/stories/story-a.md");
    f.Write("a/stories/story-a.md", "正文，没有字段。\n");
    ExpectOnly(
        f, ErrorAt(story + ":1:1", "故事要以两行 +++ 之间的字段开头（见 docs/content-format.md）",
                   "a story starts with its fields between two lines of +++ (see docs/content-format.md)"));
    f.Write("a/stories/story-a.md", "+++\nid = \"story-a\"\n");
    ExpectOnly(f, ErrorAt(story + ":1:1", "字段没有结束：请在字段后面加一行 +++",
                          "the fields are not closed: add a line of +++ after them"));
    f.Write("a/stories/story-a.md", std::string(kStory).substr(0, std::string(kStory).find("+++\n\n") + 4));
    ExpectOnly(f, ErrorAt(story + ":11:1", "字段后面没有故事正文", "the story has no text after its fields"));
    f.Write("a/stories/story-a.md", std::string(kStory).replace(std::string(kStory).find("正文。"), 9,
                                                                "正文。\n\n![沙丘](images/dune.png)"));
    ExpectOnly(
        f, ErrorAt(story + ":14:1",
                   "图片 \"images/dune.png\" 在内容包里不存在（查找的是 " + f.P("a/images/dune.png") + "）",
                   "image \"images/dune.png\" does not exist in the pack (looked for " +
                       f.P("a/images/dune.png") + ")"));
    // A Markdown image gets the same check as an image field.
    FakeAssets assets;
    f.Edit("a/stories/story-a.md", "images/dune.png", "images/huge.png");
    f.Write("a/images/huge.png", "png");
    ExpectOnly(
        f,
        ErrorAt(
            story + ":14:1", "图片 \"images/huge.png\" 有 6000x4000 像素；每边最多 4096（宽 1920 就足够了）",
            "image \"images/huge.png\" is 6000x4000 pixels; at most 4096 on each side (1920 wide is plenty)"),
        &assets);
}

TEST_CASE("content rules: \"+++ EN\" is the English separator; another +++ line is an error (bug 15)") {
    Fixture f("separator");
    const std::string story = f.P("a/stories/story-a.md");
    f.Edit("a/stories/story-a.md", "+++ en", "+++ EN ");
    ContentCatalog catalog = LoadContentCatalog(f.dir);
    CHECK(Messages(catalog).empty());
    REQUIRE(catalog.FindItem("story-a"));
    const std::string& zh = catalog.FindItem("story-a")->AsStory()->body.zh;
    CHECK(zh.rfind("\n正文。\n\n", 0) == 0);
    CHECK(zh.find("+++") == std::string::npos); // nothing of the separator
    CHECK(catalog.FindItem("story-a")->AsStory()->body.en == "\nText.\n");
    f.Edit("a/stories/story-a.md", "+++ EN ", "+++ English");
    ExpectOnly(
        f, ErrorAt(story + ":16:1", "无法识别的分隔行 \"+++ English\"：英文正文前只写一行 \"+++ en\"",
                   "unknown separator line \"+++ English\": the English text follows one line \"+++ en\""));
}

TEST_CASE("content rules: a broken item is skipped alone; its pack and the other packs are used") {
    Fixture f("skip");
    f.Write("b/pack.toml", std::string(kManifest).replace(6, 6, "pack-b"));
    f.Write("b/quizzes/fine.toml", OtherQuestion(std::string(kQuiz).replace(6, 6, "quiz-b")));
    f.Write("b/quizzes/broken.toml", "id = \"quiz-c\"\n");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.packs.size() == 2);
    CHECK(catalog.packs[1].id == "pack-b");
    CHECK(catalog.FindItem("quiz-b"));       // its good neighbour is used
    CHECK_FALSE(catalog.FindItem("quiz-c")); // never half-loaded
    CHECK(catalog.packs[1].skippedItems == std::vector<std::string>{f.P("b/quizzes/broken.toml")});
    CHECK(catalog.skippedItems == std::vector<std::string>{f.P("b/quizzes/broken.toml")});
    CHECK(catalog.ItemCount() == 4);
    CHECK(catalog.problems.size() == 3); // title, summary and questions missing, each named
    for (const auto& p : catalog.problems)
        CHECK(p.rfind(f.P("b/quizzes/broken.toml") + ":1:1: 错误：缺少 ", 0) == 0);
}

TEST_CASE("content rules: a broken story or tutorial is skipped alone") {
    Fixture f("skip-kinds");
    f.Write("a/stories/broken.md", "no fields\n");
    f.Write(
        "a/tutorials/fine.toml",
        "id = \"tutorial-a\"\ntitle = { zh = \"甲\", en = \"A\" }\nsummary = { zh = \"乙\", en = \"B\" }\n"
        "source = \"一本书\"\nlearned = [{ zh = \"一\", en = \"1\" }, { zh = \"二\", en = \"2\" }, "
        "{ zh = \"三\", en = \"3\" }]\n"
        "[[step]]\ninstruction = { zh = \"点\", en = \"Tap\" }\naction = \"tap\"\ntarget = \"ok\"\n"
        "retry = { zh = \"再试\", en = \"Again\" }\n"
        "[[step.part]]\nkind = \"button\"\nid = \"ok\"\ntext = { zh = \"好\", en = \"OK\" }\n"
        "[[step]]\ninstruction = { zh = \"滑\", en = \"Swipe\" }\naction = \"swipe\"\ndirection = \"up\"\n"
        "retry = { zh = \"再试\", en = \"Again\" }\n"
        "[[step.part]]\nkind = \"text\"\ntext = { zh = \"字\", en = \"Text\" }\n");
    f.Write("a/tutorials/broken.toml", "id = \"tutorial-b\"\n");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.packs.size() == 1);
    CHECK(catalog.ItemsOf(Module::Quizzes).size() == 2);
    CHECK(catalog.ItemsOf(Module::Stories).size() == 1);
    REQUIRE(catalog.ItemsOf(Module::Seniors).size() == 1);
    CHECK(catalog.ItemsOf(Module::Seniors)[0]->AsTutorial());
    CHECK(catalog.packs[0].skippedItems ==
          std::vector<std::string>{f.P("a/stories/broken.md"), f.P("a/tutorials/broken.toml")});
    CHECK(catalog.problems.size() == 6); // the story's missing fields; the tutorial's title, summary, source,
    // learned and steps
}

TEST_CASE("content rules: an item pointing at a skipped item is skipped too") {
    Fixture f("skip-related");
    f.Edit("a/quizzes/quiz-a.toml", "summary = { zh = \"概要。\", en = \"Summary.\" }",
           "summary = { zh = \"概要。\", en = \"Summary.\" }\nrelated = [\"quiz-related\"]");
    f.Edit("a/quizzes/quiz-related.toml", "answer = 1", "answer = 9");
    const ContentCatalog catalog = LoadContentCatalog(f.dir);
    REQUIRE(catalog.packs.size() == 1);
    CHECK(catalog.ItemCount() == 0);       // the set, then the story and the quiz set that point at it
    REQUIRE(catalog.problems.size() == 4); // in file order: quiz-a, quiz-related, story-a
    CHECK(catalog.problems[0] ==
          ErrorAt(f.P("a/quizzes/quiz-a.toml") + ":4:12",
                  "\"related\" 中的 \"quiz-related\" 不是任何已载入内容包中的条目",
                  "\"related\" names \"quiz-related\", which is not an item of any loaded pack"));
    // A story's 相关问答 names questions: a question whose set is gone takes the story with it.
    CHECK(catalog.problems[2] ==
          ErrorAt(f.P("a/stories/story-a.md") + ":9:12",
                  "\"related\" 中的 \"quiz-related/r1\" 不是任何已载入题组中的题目",
                  "\"related\" names \"quiz-related/r1\", which is not a question of any loaded quiz set"));
}

TEST_CASE("content rules: a missing or empty folder says what to do; dot-folders are other versions") {
    auto catalog = LoadContentCatalog("/nonexistent/content");
    CHECK(Messages(catalog) ==
          std::vector<std::string>{
              ErrorAt("/nonexistent/content",
                      "内容文件夹不存在；请用 --content 目录 指定，或在设置文件中写 content = \"…\"",
                      "the content folder does not exist; pass --content DIR or set content = \"…\" in the "
                      "settings file")});
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
    f.Write("a/quizzes/odd \t名字\xff.toml", OtherQuestion(std::string(kQuiz).replace(6, 6, "quiz-o")));
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
    has(f.P("a/quizzes/dangling.toml") + ": 警告：");
    has(f.P("a/quizzes/self.toml") + ": 警告：");
    has(f.P("a/quizzes/loop.toml") + ": 警告：");
    has(f.P("a/quizzes/folder.toml") + ": 警告：");
    has(f.P("a/tutorials") + ": 警告：");
    has(f.P("b/pack.toml") + ": 错误：");
    has(f.P("loop") + ": 警告：");

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
    CHECK(kept.FindItem("quiz-a")->AsQuizSet()->questions[0].answers ==
          std::vector<int>{0}); // the old, good version, whole
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
