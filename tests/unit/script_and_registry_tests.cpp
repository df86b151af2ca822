// The test-script language and the registry of what a frame drew.
#include "core/test_script.hpp"
#include "core/widget_registry.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

TEST_CASE("script: every command parses") {
    const auto script = ParseTestScript(R"(# a comment
tap "科学知识问答"
tap 960 540
drag 900 800 900 300 400
wait 200
advance 61.5
expect screen home
expect text "还在吗？"
expect no-text "Continue"
screenshot shots/home.png   # trailing comment
tap "say \"hi\""
finger down 2 10 20
drag 900 800 900 300 100 hold
)",
                                        "t.kks");
    REQUIRE(script.errors.empty());
    REQUIRE(script.commands.size() == 12);
    CHECK_FALSE(std::get<Drag>(script.commands[2].action).hold);
    CHECK(std::get<Drag>(script.commands[11].action).hold);
    CHECK(std::get<Drag>(script.commands[11].action).ms == 100);
    CHECK(std::get<Finger>(script.commands[10].action).down);
    CHECK(std::get<Finger>(script.commands[10].action).id == 2);
    CHECK(std::get<Finger>(script.commands[10].action).y == 20);
    CHECK(std::get<TapLabel>(script.commands[0].action).label == "科学知识问答");
    CHECK(script.commands[0].line == 2);
    CHECK(std::get<TapPoint>(script.commands[1].action).x == 960);
    CHECK(std::get<Drag>(script.commands[2].action).ms == 400);
    CHECK(std::get<Wait>(script.commands[3].action).ms == 200);
    CHECK(std::get<Advance>(script.commands[4].action).seconds == 61.5);
    CHECK(std::get<ExpectScreen>(script.commands[5].action).id == "home");
    CHECK(std::get<ExpectText>(script.commands[6].action).present);
    CHECK_FALSE(std::get<ExpectText>(script.commands[7].action).present);
    CHECK(std::get<Screenshot>(script.commands[8].action).file == "shots/home.png");
    CHECK(std::get<TapLabel>(script.commands[9].action).label == "say \"hi\"");
}

TEST_CASE("script: mistakes name the file and line") {
    const auto script =
        ParseTestScript("tapp 1 2\ntap 1 2 3\nwait soon\nexpect colour red\ntap \"open\n", "t.kks");
    REQUIRE(script.errors.size() == 5);
    CHECK(script.errors[0] ==
          "t.kks:1: unknown command \"tapp\"; commands: tap, drag, finger, wait, advance, set-clock, "
          "expect, screenshot, run");
    CHECK(script.errors[1] == "t.kks:2: tap takes \"LABEL\" or X Y");
    CHECK(script.errors[2] == "t.kks:3: wait takes milliseconds, e.g. wait 200");
    CHECK(script.errors[3] ==
          "t.kks:4: expect takes: screen ID, text \"…\", no-text \"…\", layout-ok, widget \"…\", no-widget "
          "\"…\", selected \"…\", not-selected \"…\", min-size \"…\" W H, same-top/same-bottom \"…\" "
          "\"…\"…, same-image FILE, glyph-page-resets N or peak-memory-below MB");
    CHECK(script.errors[4] == "t.kks:5: a quoted text is not closed with \"");
}

TEST_CASE("script: expect same-image takes a file, glyph-page-resets a count") {
    const auto good =
        ParseTestScript("expect same-image shots/home.png\nexpect glyph-page-resets 3\n", "t.kks");
    REQUIRE(good.errors.empty());
    REQUIRE(good.commands.size() == 2);
    CHECK(std::get<ExpectSameImage>(good.commands[0].action).file == "shots/home.png");
    CHECK(std::get<ExpectGlyphPageResets>(good.commands[1].action).atLeast == 3);
    const auto bad = ParseTestScript("expect glyph-page-resets many\nexpect same-image\n", "t.kks");
    REQUIRE(bad.errors.size() == 2);
    CHECK(bad.errors[0] ==
          "t.kks:1: expect glyph-page-resets takes a count, e.g. expect glyph-page-resets 3");
    CHECK(bad.errors[1].rfind("t.kks:2: expect takes:", 0) == 0);
}

TEST_CASE("script: expect peak-memory-below takes megabytes") {
    const auto good = ParseTestScript("expect peak-memory-below 160\n", "t.kks");
    REQUIRE(good.errors.empty());
    REQUIRE(good.commands.size() == 1);
    const auto* memory = std::get_if<ExpectPeakMemoryBelow>(&good.commands[0].action);
    REQUIRE(memory != nullptr);
    CHECK(memory->megabytes == 160);
    const auto bad = ParseTestScript("expect peak-memory-below lots\nexpect peak-memory-below 0\n", "t.kks");
    REQUIRE(bad.errors.size() == 2);
    CHECK(bad.errors[0] ==
          "t.kks:1: expect peak-memory-below takes megabytes, e.g. expect peak-memory-below 200");
}

TEST_CASE("script: answer takes right or wrong") {
    const auto good = ParseTestScript("answer right\nanswer wrong\n", "t.kks");
    REQUIRE(good.errors.empty());
    REQUIRE(good.commands.size() == 2);
    CHECK(std::get<TapAnswer>(good.commands[0].action).right);
    CHECK_FALSE(std::get<TapAnswer>(good.commands[1].action).right);
    const auto bad = ParseTestScript("answer maybe\nanswer\n", "t.kks");
    REQUIRE(bad.errors.size() == 2);
    CHECK(bad.errors[0] == "t.kks:1: answer takes right or wrong");
    CHECK(bad.errors[1] == "t.kks:2: answer takes right or wrong");
}

TEST_CASE("registry: find by label or id, last drawn wins, texts by fragment") {
    WidgetRegistry registry;
    registry.BeginFrame();
    registry.AddWidget("back", "返回", {0, 900, 300, 100});
    registry.AddWidget("continue", "继续", {700, 600, 500, 150});
    registry.AddWidget("continue", "继续", {710, 610, 500, 150});
    registry.AddText("20 秒后将回到开始画面");
    CHECK(registry.Find("返回")->rect.CenterX() == 150);
    CHECK(registry.Find("back")->label == "返回");
    CHECK(registry.Find("继续")->rect.x == 710);
    CHECK_FALSE(registry.Find("首页"));
    CHECK(registry.HasText("秒后"));
    CHECK(registry.HasText("继续"));
    CHECK_FALSE(registry.HasText("Still"));
    CHECK(registry.Describe().find("\"返回\" (back)") != std::string::npos);
    registry.BeginFrame();
    CHECK_FALSE(registry.HasText("秒后"));
}

TEST_CASE("registry: layout problems a person would see") {
    WidgetRegistry registry;
    registry.BeginFrame();
    registry.AddWidget("tile", "科学知识问答", {0, 0, 500, 400});
    registry.AddWidget("tile", "科学知识问答", {0, 0, 500, 400}); // re-registered: same place is fine
    registry.AddText("答题闯关", {20, 300, 200, 50});
    CHECK(registry.LayoutProblems(1920, 1080).empty());

    registry.AddText("Learn your phone step by step", {20, 380, 300, 60}); // starts inside, runs out
    registry.AddWidget("chip", "Visitor", {100, 1000, 300, 100});          // past the bottom edge
    registry.AddWidget("back", "Back", {50, 950, 300, 100});               // overlaps the chip
    const auto problems = registry.LayoutProblems(1920, 1080);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == "widget \"Visitor\" runs past the screen edge");
    CHECK(problems[1] == "widgets \"Visitor\" and \"Back\" overlap");
    CHECK(problems[2] == "text \"Learn your phone step by step\" runs out of \"科学知识问答\"");
}

TEST_CASE("script: expectations on what was drawn parse") {
    const auto script = ParseTestScript(R"(expect widget "首页"
expect no-widget "home"
expect selected "学生/青少年"
expect not-selected "audience.farmer"
expect min-size "tile-quizzes.icon" 120 110.5
expect same-top "a" "b" "c"
expect same-bottom "a" "b"
expect min-size "x" 12
expect same-top "a"
)",
                                        "t.kks");
    REQUIRE(script.commands.size() == 7);
    CHECK(std::get<ExpectWidget>(script.commands[0].action).present);
    CHECK(std::get<ExpectWidget>(script.commands[0].action).name == "首页");
    CHECK_FALSE(std::get<ExpectWidget>(script.commands[1].action).present);
    CHECK(std::get<ExpectSelected>(script.commands[2].action).selected);
    CHECK_FALSE(std::get<ExpectSelected>(script.commands[3].action).selected);
    CHECK(std::get<ExpectMinSize>(script.commands[4].action).h == 110.5f);
    CHECK(std::get<ExpectAligned>(script.commands[6].action).bottoms);
    CHECK_FALSE(std::get<ExpectAligned>(script.commands[5].action).bottoms);
    CHECK(std::get<ExpectAligned>(script.commands[5].action).names ==
          std::vector<std::string>{"a", "b", "c"});
    REQUIRE(script.errors.size() == 2);
    CHECK(script.errors[0] == "t.kks:8: expect min-size takes \"NAME\" WIDTH HEIGHT");
    CHECK(script.errors[1].rfind("t.kks:9: expect takes:", 0) == 0); // same-top needs two names
}

TEST_CASE("registry: drawn expectations hold or say what was seen") {
    WidgetRegistry registry;
    registry.BeginFrame();
    registry.AddWidget("audience.student", "学生/青少年", {0, 900, 300, 100}, true);
    registry.AddWidget("audience.farmer", "农民朋友", {320, 900, 300, 100});
    registry.AddWidget("tile-quizzes", "科学知识问答", {0, 100, 600, 500});
    registry.AddPart("tile-quizzes.icon", {240, 150, 60, 60});
    registry.AddPart("tile-quizzes.title", {20, 300, 560, 80});
    registry.AddPart("tile-stories.title", {640, 300, 560, 80});
    registry.AddPart("tile-seniors.title", {1260, 340, 560, 160});
    const auto check = [&](const std::string& line) {
        const auto script = ParseTestScript(line, "t.kks");
        REQUIRE(script.commands.size() == 1);
        REQUIRE(IsDrawnExpectation(script.commands[0].action));
        return CheckDrawn(script.commands[0].action, registry);
    };
    CHECK(check(R"(expect widget "学生/青少年")").empty());
    CHECK(check(R"(expect widget "audience.farmer")").empty());
    CHECK(check(R"(expect widget "首页")")
              .rfind("nothing named \"首页\" is drawn; tappable: \"学生/青少年\"", 0) == 0);
    CHECK(check(R"(expect no-widget "首页")").empty());
    CHECK(check(R"(expect no-widget "农民朋友")") == "\"农民朋友\" is drawn at 320,900 (300×100)");
    // Nothing by that name may be drawn, a part (an icon, the lesson's demonstrating hand) included:
    // "no-widget" on a part's name once passed whatever was on screen.
    CHECK(check(R"(expect no-widget "tile-quizzes.icon")") ==
          "\"tile-quizzes.icon\" is drawn at 240,150 (60×60)");
    // The tick is what was drawn, not text beside it.
    CHECK(check(R"(expect selected "学生/青少年")").empty());
    CHECK(check(R"(expect not-selected "audience.farmer")").empty());
    CHECK(check(R"(expect selected "农民朋友")") == "\"农民朋友\" is drawn without a tick");
    CHECK(check(R"(expect not-selected "audience.student")") == "\"audience.student\" is drawn with a tick");
    // Parts first, then widgets.
    CHECK(check(R"(expect min-size "tile-quizzes" 600 500)").empty());
    CHECK(check(R"(expect min-size "tile-quizzes.icon" 60 60)").empty());
    CHECK(check(R"(expect min-size "tile-quizzes.icon" 120 120)") ==
          "\"tile-quizzes.icon\" is 60×60 px, want at least 120×120");
    CHECK(check(R"(expect same-top "tile-quizzes.title" "tile-stories.title")").empty());
    CHECK(check(R"(expect same-top "tile-quizzes.title" "tile-stories.title" "tile-seniors.title")") ==
          "the tops differ: \"tile-quizzes.title\" at 300, \"tile-stories.title\" at 300, "
          "\"tile-seniors.title\" "
          "at 340");
    CHECK(check(R"(expect same-bottom "tile-stories.title" "tile-seniors.title")") ==
          "the bottoms differ: \"tile-stories.title\" at 380, \"tile-seniors.title\" at 500");
    CHECK(check(R"(expect same-bottom "tile-quizzes.title" "tile-stories.title")").empty());
    CHECK_FALSE(IsDrawnExpectation(ExpectText{"x", true}));
    registry.BeginFrame();
    CHECK_FALSE(registry.RectOf("tile-quizzes.icon"));
}
