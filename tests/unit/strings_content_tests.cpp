// Interface strings, the bundled strings and content, and the glyph set.
#include "core/content_catalog.hpp"
#include "core/quiz_engine.hpp"
#include "core/quiz_pool.hpp"
#include "core/ui_strings.hpp"

#include <catch2/catch.hpp>

#include <set>

#include <filesystem>
#include <fstream>

using namespace kepu;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = KEPU_SOURCE_DIR;

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

TEST_CASE("strings: a missing file says where it should be") {
    UiStrings strings;
    const auto errors = strings.LoadFile("/nonexistent/ui.toml");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind(
              "/nonexistent/ui.toml: cannot read the interface text file; it ships with the kiosk", 0) == 0);
    CHECK(strings.Get("nav.back", Lang::Zh) == "nav.back"); // shown as its key, never blank
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
    CAPTURE(catalog.problems); // in the CHECK's scope, so a failure lists them
    CHECK(catalog.problems.empty());
    REQUIRE(catalog.packs.size() >= 1);
    CHECK(catalog.Highlights().size() >= 3);
    for (const Highlight* h : catalog.Highlights())
        CHECK_FALSE(h->source.empty());
    CHECK_FALSE(catalog.ItemsOf(Module::Quizzes).empty());
    CHECK_FALSE(catalog.ItemsOf(Module::Stories).empty());
    CHECK_FALSE(catalog.ItemsOf(Module::Seniors).empty());
}

TEST_CASE("the bundled quiz sets feed the quiz engine: every question, its type, answers and tags") {
    const ContentCatalog catalog = LoadContentCatalog(kSource / "content");
    const std::vector<EngineQuestion> pool = QuizPool(catalog);
    std::size_t questions = 0;
    for (const ContentItem* item : catalog.ItemsOf(Module::Quizzes))
        questions += item->AsQuizSet()->questions.size();
    REQUIRE(pool.size() == questions);
    std::set<std::string> keys;
    int trueFalse = 0, multiple = 0;
    for (const EngineQuestion& q : pool) {
        CHECK(keys.insert(QuestionKey(q)).second);
        CHECK(q.difficulty >= 1);
        CHECK(q.difficulty <= 3);
        CHECK_FALSE(q.correct.empty());
        for (int c : q.correct)
            CHECK(c < q.choiceCount);
        if (q.type == QuestionType::TrueFalse) {
            ++trueFalse;
            CHECK(q.choiceCount == 2);
        }
        if (q.type == QuestionType::Multiple) {
            ++multiple;
            CHECK(q.correct.size() >= 2);
            CHECK(static_cast<int>(q.correct.size()) < q.choiceCount);
        }
    }
    CHECK(trueFalse >= 1);
    CHECK(multiple >= 1);

    // A practice quiz for a farmer, played through the real engine: right answers score.
    ManualClock clock;
    QuizOptions options;
    options.draw.audience = Audience::Farmer;
    options.seed = 7;
    QuizEngine quiz(pool, options, clock);
    REQUIRE(quiz.QuestionCount() > 0);
    while (quiz.Phase() == QuizPhase::Asking) {
        REQUIRE(quiz.Answer(quiz.Current().correct).right);
        quiz.Next();
    }
    CHECK(quiz.Phase() == QuizPhase::Finished);
    CHECK(quiz.Result().rightCount == quiz.QuestionCount());
}
