// The seniors' lessons: the format's rules with their exact messages, the phone layout's promises
// (every target big enough, nothing pushed off the screen), and the lesson engine — right and wrong
// actions, the hint after two wrong tries and after 20 s, the demonstration, 上一步, judging, and
// abandonment — with the events the log keeps.
#include "content_messages.hpp"
#include "core/content_catalog.hpp"
#include "core/lesson_engine.hpp"
#include "core/phone_gesture.hpp"
#include "core/phone_layout.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

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

// Line numbers matter: the tests below name places in this text.
const char* const kLesson = R"(id = "tutorial-a"
title = { zh = "打电话", en = "Make a call" }
summary = { zh = "学会打电话。", en = "Learn to call." }
source = "工业和信息化部《移动互联网应用（APP）适老化通用设计规范》（2021年）"
learned = [{ zh = "一", en = "One" }, { zh = "二", en = "Two" }, { zh = "三", en = "Three" }]

[[step]]
instruction = { zh = "点一下“电话”。", en = "Tap Phone." }
action = "tap"
target = "phone"
retry = { zh = "没关系，再试一次。找绿色的“电话”。", en = "Never mind, try again. Find the green Phone." }

[[step.part]]
kind = "icon"
id = "phone"
label = { zh = "电话", en = "Phone" }
icon = "phone"

[[step.part]]
kind = "icon"
id = "chat"
label = { zh = "聊天", en = "Chat" }
icon = "chat"

[[step]]
instruction = { zh = "输入 12。", en = "Type 12." }
action = "type"
target = "number"
text = "12"
retry = { zh = "没关系，再试一次。按 1 再按 2。", en = "Never mind, try again. Press 1, then 2." }
app = { zh = "电话", en = "Phone" }

[[step.part]]
kind = "input"
id = "number"

[[step.part]]
kind = "keypad"

[[step]]
instruction = { zh = "把音量拖到最大。", en = "Drag the volume to the top." }
action = "slide"
target = "volume"
value = 100
retry = { zh = "没关系，再试一次。往右拖。", en = "Never mind, try again. Drag right." }

[[step.part]]
kind = "slider"
id = "volume"
text = { zh = "音量", en = "Volume" }
value = 30

[[step]]
instruction = { zh = "这是骗局吗？", en = "Is this a scam?" }
action = "judge"
scam = true
explain = { zh = "陌生号码要你转账。", en = "A stranger asks for money." }

[[step.part]]
kind = "bubble"
from = "them"
text = { zh = "转账给我。", en = "Send me money." }
)";

struct Pack {
    kepu::testing::TempDir temp{"kepu-lesson"};
    fs::path dir = temp.Path();
    Pack() {
        Write("a/pack.toml", kManifest);
        Write("a/tutorials/a.toml", kLesson);
    }
    void Write(const std::string& path, const std::string& text) const {
        fs::create_directories((dir / path).parent_path());
        std::ofstream(dir / path, std::ios::binary) << text;
    }
    void Edit(const std::string& from, const std::string& to) const {
        std::string text = kLesson;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        Write("a/tutorials/a.toml", text);
    }
    std::string File() const { return (dir / "a/tutorials/a.toml").string(); }
};

// One problem, exactly this; an error leaves the lesson out.
void ExpectOnly(const Pack& pack, const std::string& expected) {
    const ContentCatalog catalog = LoadContentCatalog(pack.dir);
    CHECK(Messages(catalog) == std::vector<std::string>{expected});
    const bool error = expected.find(": 错误：") != std::string::npos;
    CHECK(catalog.ItemsOf(Module::Seniors).size() == (error ? 0u : 1u));
}

Tutorial LoadedLesson() {
    Pack pack;
    const ContentCatalog catalog = LoadContentCatalog(pack.dir);
    REQUIRE(Messages(catalog).empty());
    REQUIRE(catalog.ItemsOf(Module::Seniors).size() == 1);
    return *catalog.ItemsOf(Module::Seniors)[0]->AsTutorial();
}

PhoneInput Tap(std::string target) {
    return {PhoneInput::Kind::Tap, std::move(target)};
}

std::vector<LessonEvent::Kind> Kinds(const std::vector<LessonEvent>& events) {
    std::vector<LessonEvent::Kind> kinds;
    for (const LessonEvent& e : events)
        kinds.push_back(e.kind);
    return kinds;
}

using K = LessonEvent::Kind;

} // namespace

TEST_CASE("lesson format: a good lesson loads whole, with its steps and parts") {
    const Tutorial lesson = LoadedLesson();
    REQUIRE(lesson.steps.size() == 4);
    CHECK(lesson.learned.size() == 3);
    CHECK(lesson.steps[0].parts.size() == 2);
    CHECK(lesson.steps[1].Keypad()->keys.size() == 12); // the default digits
    CHECK(lesson.steps[1].app.en == "Phone");
    CHECK(lesson.steps[2].value == 100);
    CHECK(lesson.steps[3].scam);
    CHECK(lesson.steps[3].explain.zh == "陌生号码要你转账。");
}

TEST_CASE("lesson format: the target must be on the step's screen") {
    Pack pack;
    pack.Edit("target = \"phone\"", "target = \"camera\"");
    ExpectOnly(pack, ErrorAt(pack.File() + ":10:10", "这一屏上没有 \"camera\"；这一屏能操作的有：phone, chat",
                             "there is no \"camera\" on this screen; what can be touched here: phone, chat"));
}

TEST_CASE("lesson format: each action needs what it acts on") {
    Pack pack;
    pack.Edit("action = \"slide\"\ntarget = \"volume\"",
              "action = \"slide\"\ntarget = \"back\"\napp = { zh = \"设置\", en = \"Settings\" }");
    ExpectOnly(pack, ErrorAt(pack.File() + ":43:10", "拖动（slide）的目标必须是滑块（kind = \"slider\"）",
                             "the target of a slide must be a slider (kind = \"slider\")"));
    pack.Edit("text = \"12\"", "text = \"1A\"");
    ExpectOnly(pack, ErrorAt(pack.File() + ":29:8", "\"1A\" 不能用这一屏键盘上的按键依次输入",
                             "\"1A\" cannot be typed with this screen's keys"));
    pack.Edit("[[step.part]]\nkind = \"keypad\"\n", "");
    ExpectOnly(
        pack,
        ErrorAt(pack.File() + ":25:1", "第 2 步要输入文字，但这一屏没有键盘：加一个 kind = \"keypad\" 的部件",
                "step 2 asks to type, but this screen has no keypad: add a part of kind = \"keypad\""));
    pack.Edit("value = 100", "value = 30");
    ExpectOnly(pack, ErrorAt(pack.File() + ":44:9", "滑块已经在 30：目标值要和滑块原来的值不同",
                             "the slider is already at 30: the goal must differ from its value"));
    pack.Edit("action = \"judge\"\n", "action = \"judge\"\ntarget = \"phone\"\n");
    ExpectOnly(
        pack,
        ErrorAt(pack.File() + ":56:10", "判断题（action = \"judge\"）不写 \"target\"：学员在说明栏里回答",
                "a judging step (action = \"judge\") has no \"target\": the learner answers in the panel"));
}

TEST_CASE("lesson format: a dialog covers what is under it") {
    Pack pack;
    pack.Edit("icon = \"chat\"\n", "icon = \"chat\"\n\n[[step.part]]\nkind = \"dialog\"\n"
                                   "text = { zh = \"允许？\", en = \"Allow?\" }\n"
                                   "button = [{ id = \"ok\", text = { zh = \"好\", en = \"OK\" } }]\n");
    ExpectOnly(pack, ErrorAt(pack.File() + ":10:10", "\"phone\" 被对话框挡住了：对话框开着时只能点它的按钮",
                             "\"phone\" is covered by the dialog: while it is open only its buttons work"));
}

TEST_CASE("lesson format: a screen that overflows the phone is refused, in either language") {
    Pack pack;
    std::string rows;
    for (int i = 0; i < 8; ++i)
        rows += "[[step.part]]\nkind = \"row\"\ntext = { zh = \"第" + std::to_string(i) +
                "行\", en = \"Row\" }\n\n";
    pack.Edit("[[step.part]]\nkind = \"slider\"", rows + "[[step.part]]\nkind = \"slider\"");
    // Eight rows of 96 and the slider (8 + a line of 32 + its 96 track, and a gap of 12) under the
    // status bar: 916 of the 720 between it and the home bar.
    ExpectOnly(pack,
               ErrorAt(pack.File() + ":40:1",
                       "第 3 步的手机屏幕放不下（中文）：部件需要 916 高，只有 720。去掉一些部件或缩短文字",
                       "step 3's phone screen overflows (Chinese): the parts need 916 units, there are "
                       "720. Remove parts or shorten texts"));
}

TEST_CASE("lesson format: texts fit the panel in large text; names are checked") {
    Pack pack;
    pack.Edit("instruction = { zh = \"点一下“电话”。\"",
              "instruction = { zh = \"" + std::string(121, 'x') + "\"");
    ExpectOnly(pack, ErrorAt(pack.File() + ":8:22",
                             "\"instruction.zh\" 作为步骤说明太长（"
                             "121 列，最多 120 列；一个汉字算 2 列）：屏幕上放不下",
                             "\"instruction.zh\" is too long for an instruction (121 columns, at most 120; a "
                             "Chinese character counts 2): it would not fit its box on screen"));
    pack.Edit("icon = \"phone\"", "icon = \"wechat\"");
    const ContentCatalog catalog = LoadContentCatalog(pack.dir);
    REQUIRE(Messages(catalog).size() == 1);
    CHECK(Messages(catalog)[0].rfind(
              pack.File() + ":17:8: 错误：没有叫 \"wechat\" 的图标；可用的有 chat, camera", 0) == 0);
    pack.Edit("learned = [{ zh = \"一\", en = \"One\" }, ", "learned = [");
    ExpectOnly(pack,
               ErrorAt(pack.File() + ":5:11", "\"learned\" 要正好写三句：完成页上的“你学会了”",
                       "\"learned\" needs exactly three lines: the completion screen's \"you learned\""));
    pack.Edit("source = ", "next = \"tutorial-z\"\nsource = ");
    ExpectOnly(pack,
               WarningAt(pack.File() + ":4:8",
                         "\"next\" 中的 \"tutorial-z\" 不是任何已载入的手机课：完成页不推荐下一课",
                         "\"next\" names \"tutorial-z\", which is not a loaded lesson: the completion screen "
                         "offers none"));
}

TEST_CASE("phone layout: every target is at least the touch minimum and inside the phone") {
    const Tutorial lesson = LoadedLesson();
    for (const TutorialStep& step : lesson.steps)
        for (Lang lang : {Lang::Zh, Lang::En}) {
            const PhoneLayout layout = LayOutPhone(step, lang);
            CHECK_FALSE(layout.Overflows());
            for (const PhoneTarget& target : layout.targets) {
                INFO(target.id);
                CHECK(target.hit.w >= kPhoneMinTarget);
                CHECK(target.hit.h >= kPhoneMinTarget);
                CHECK(target.box.x >= 0);
                CHECK(target.box.x + target.box.w <= kPhoneWidth + 0.5f);
                CHECK(target.box.Bottom() <= kPhoneHeight);
                // The middle of each target finds that target.
                const PhoneTarget* found = layout.TargetAt(target.box.CenterX(), target.box.CenterY());
                REQUIRE(found);
                CHECK(found->id == target.id);
            }
        }
    const PhoneLayout keys = LayOutPhone(lesson.steps[1], Lang::Zh);
    CHECK(keys.Target("back"));
    CHECK(keys.Target(KeyTargetId(11)));
    CHECK(keys.flowBottom <= keys.flowLimit);
}

TEST_CASE("lesson engine: right actions take the learner through to the end") {
    LessonEngine engine(LoadedLesson(), 0);
    CHECK(Kinds(engine.TakeEvents()) == std::vector<K>{K::Started, K::StepReached});
    CHECK(engine.Act(Tap("phone"), 1000) == StepResult::Right);
    CHECK(engine.StepIndex() == 1);
    CHECK(engine.Praising(1000));
    CHECK_FALSE(engine.Praising(1000 + LessonEngine::kPraiseMs));
    CHECK(engine.Act(Tap("number"), 1100) == StepResult::Ignored);
    CHECK(engine.Act(Tap(KeyTargetId(0)), 1200) == StepResult::Progress); // "1"
    CHECK(engine.Typed() == "1");
    CHECK(engine.Act(Tap(KeyTargetId(1)), 1300) == StepResult::Right); // "2"
    CHECK(engine.Act({PhoneInput::Kind::SlideTo, "volume", SwipeDirection::Up, 70}, 1400) ==
          StepResult::Progress);
    CHECK(engine.SliderValue() == 70);
    CHECK(engine.Act({PhoneInput::Kind::SlideEnd, "volume", SwipeDirection::Up, 96}, 1500) ==
          StepResult::Right);
    CHECK(engine.Act(Tap("phone"), 1600) == StepResult::Ignored); // judging happens in the panel
    engine.Judge(true, 1700);
    CHECK(engine.Explaining());
    CHECK(engine.JudgedRight());
    engine.Continue(1800);
    CHECK(engine.Finished());
    CHECK(Kinds(engine.TakeEvents()) == std::vector<K>{K::StepCompleted, K::StepReached, K::StepCompleted,
                                                       K::StepReached, K::StepCompleted, K::StepReached,
                                                       K::StepCompleted, K::Completed});
    engine.Abandon(2000); // a finished lesson is not abandoned by leaving it
    CHECK(engine.TakeEvents().empty());
    CHECK(engine.NextWakeAt(2000) == 0);
}

TEST_CASE("lesson engine: a wrong action is gentle, and the second brings the hint") {
    LessonEngine engine(LoadedLesson(), 0);
    engine.TakeEvents();
    CHECK(engine.Act(Tap("chat"), 1000) == StepResult::Wrong);
    CHECK(engine.ShowsRetry());
    CHECK_FALSE(engine.HintShown(1000));
    CHECK(engine.Act(Tap(""), 2000) == StepResult::Wrong); // the empty screen
    CHECK(engine.HintShown(2000));
    CHECK(engine.HintPulsing(2000));
    CHECK_FALSE(engine.HintPulsing(2000 + LessonEngine::kHintPulseMs));
    CHECK(engine.NextWakeAt(2000) == 2050);
    CHECK(engine.NextWakeAt(2000 + LessonEngine::kHintPulseMs) == 0); // a still hint needs no frames
    CHECK(Kinds(engine.TakeEvents()) == std::vector<K>{K::Hinted});
    CHECK(engine.Act(Tap("phone"), 3000) == StepResult::Right);
    CHECK_FALSE(engine.HintShown(3000)); // the next step starts without it
    CHECK(engine.WrongTries() == 0);
    // Typing: a wrong key is not typed.
    CHECK(engine.Act(Tap(KeyTargetId(4)), 3100) == StepResult::Wrong);
    CHECK(engine.Typed().empty());
    // A long press where a tap is asked still counts; a tap where a long press is asked does not.
    LessonEngine again(LoadedLesson(), 0);
    CHECK(again.Act({PhoneInput::Kind::LongPress, "phone"}, 10) == StepResult::Right);
    // A slide let go short of its goal is a wrong try; within 5 points it is right.
    again.Act(Tap(KeyTargetId(0)), 20);
    again.Act(Tap(KeyTargetId(1)), 30);
    CHECK(again.Act({PhoneInput::Kind::SlideEnd, "volume", SwipeDirection::Up, 60}, 40) == StepResult::Wrong);
    CHECK(again.Act({PhoneInput::Kind::SlideEnd, "volume", SwipeDirection::Up, 95}, 50) == StepResult::Right);
    // A wrong judgement is explained all the same.
    again.Judge(false, 60);
    CHECK(again.Explaining());
    CHECK_FALSE(again.JudgedRight());
}

TEST_CASE("lesson engine: after 20 s without progress the hint appears by itself") {
    LessonEngine engine(LoadedLesson(), 0);
    engine.TakeEvents();
    CHECK(engine.NextWakeAt(0) == LessonEngine::kHintAfterMs); // the loop sleeps until then
    engine.Update(19'999);
    CHECK_FALSE(engine.HintShown(19'999));
    engine.Update(20'000);
    CHECK(engine.HintShown(20'000));
    CHECK(Kinds(engine.TakeEvents()) == std::vector<K>{K::Hinted});
    engine.Update(30'000);
    CHECK(engine.TakeEvents().empty()); // hinted once per step
    // Progress restarts the wait: a right key typed is not being stuck.
    engine.Act(Tap("phone"), 31'000);
    engine.Act(Tap(KeyTargetId(0)), 45'000);
    CHECK_FALSE(engine.HintShown(60'000));
    CHECK(engine.HintShown(65'000));
}

TEST_CASE("lesson engine: the demonstration, 上一步, and walking away") {
    LessonEngine engine(LoadedLesson(), 0);
    engine.Act(Tap("phone"), 100);
    engine.TakeEvents();
    engine.StartDemo(1000);
    CHECK(engine.DemoPlaying(1000));
    CHECK(engine.DemoDurationMs() == 1000 + 2 * 800); // two keys to press
    CHECK(engine.DemoProgress(1000 + 1300) == Approx(0.5));
    CHECK(engine.NextWakeAt(1500) == 1516);
    CHECK_FALSE(engine.DemoPlaying(1000 + 2600));
    engine.StartDemo(5000);
    engine.Act(Tap(KeyTargetId(0)), 5100); // the learner's own touch stops it
    CHECK_FALSE(engine.DemoPlaying(5200));
    engine.StepBack(6000);
    CHECK(engine.StepIndex() == 0);
    CHECK(engine.Typed().empty());
    engine.StepBack(6100); // nothing before the first step
    CHECK(engine.StepIndex() == 0);
    engine.Abandon(7000);
    engine.Abandon(7100);
    const auto events = engine.TakeEvents();
    CHECK(Kinds(events) == std::vector<K>{K::DemoWatched, K::DemoWatched, K::StepReached, K::Abandoned});
    CHECK(events.back().step == 0);
}

TEST_CASE("phone gestures: a tap, a long press while still down, a swipe, a slider dragged") {
    PhoneGesture gesture;
    gesture.Down(100, 100, "chat", std::nullopt, 0);
    CHECK_FALSE(gesture.Update(PhoneGesture::kLongPressMs - 1));
    auto up = gesture.Up(105, 104, 200); // a trembling finger is still a tap
    REQUIRE(up);
    CHECK(up->kind == PhoneInput::Kind::Tap);
    CHECK(up->target == "chat");

    gesture.Down(100, 100, "chat", std::nullopt, 1000);
    CHECK(gesture.LongPressAt() == 1000 + PhoneGesture::kLongPressMs);
    const auto held = gesture.Update(1000 + PhoneGesture::kLongPressMs);
    REQUIRE(held);
    CHECK(held->kind == PhoneInput::Kind::LongPress);
    CHECK_FALSE(gesture.Update(3000)); // once
    CHECK_FALSE(gesture.Up(100, 100, 3100));

    gesture.Down(186, 600, "", std::nullopt, 4000);
    CHECK_FALSE(gesture.Move(186, 500, 4100)); // not a slider: nothing until the finger lifts
    up = gesture.Up(190, 300, 4200);
    REQUIRE(up);
    CHECK(up->kind == PhoneInput::Kind::Swipe);
    CHECK(up->direction == SwipeDirection::Up);

    const PhoneBox slider{0, 200, kPhoneWidth, 140};
    const PhoneBox track = SliderTrack(slider);
    gesture.Down(track.x, track.CenterY(), "volume", slider, 5000);
    const auto moved = gesture.Move(track.x + track.w / 2, track.CenterY(), 5100);
    REQUIRE(moved);
    CHECK(moved->kind == PhoneInput::Kind::SlideTo);
    CHECK(moved->value == 50);
    up = gesture.Up(track.x + track.w + 40, track.CenterY(), 5200); // past the end: the end
    REQUIRE(up);
    CHECK(up->kind == PhoneInput::Kind::SlideEnd);
    CHECK(up->value == 100);
}

TEST_CASE("lesson format: an input may hold a text, and hide it as a PIN") {
    Pack pack;
    pack.Edit("kind = \"input\"\nid = \"number\"\n",
              "kind = \"input\"\nid = \"number\"\ntext = { zh = \"12\", en = \"12\" }\nsecret = true\n");
    const ContentCatalog catalog = LoadContentCatalog(pack.dir);
    REQUIRE(Messages(catalog).empty());
    const PhonePart* input = catalog.ItemsOf(Module::Seniors)[0]->AsTutorial()->steps[1].FindPart("number");
    REQUIRE(input);
    CHECK(input->secret);
    CHECK(input->text.zh == "12");
    pack.Edit("kind = \"input\"\nid = \"number\"\n", "kind = \"input\"\nid = \"number\"\nsecret = \"yes\"\n");
    ExpectOnly(pack, ErrorAt(pack.File() + ":36:10", "\"secret\" 必须是 true 或 false（不加引号）",
                             "\"secret\" must be true or false (without quotes)"));
}

TEST_CASE("lesson format: the keys that type a text, fewest presses first") {
    TutorialStep step;
    step.action = PhoneAction::Type;
    PhonePart keypad;
    keypad.kind = PartKind::Keypad;
    keypad.keys = {"12", "123", "34", "4", "好的"};
    step.parts.push_back(keypad);
    step.text =
        "1234"; // taking the longest key first (123) would leave 4 for a second key: 12 + 34 is as short
    CHECK(step.KeyPresses().size() == 2);
    step.text = "12344";
    CHECK(step.KeyPresses() == std::vector<int>{0, 2, 3});
    step.text = "好的好的";
    CHECK(step.KeyPresses() == std::vector<int>{4, 4});
    step.text = "5";
    CHECK(step.KeyPresses().empty());
}

TEST_CASE("lesson format: a judging step may ask about a rumour instead of a scam") {
    Pack pack;
    pack.Edit("action = \"judge\"\n", "action = \"judge\"\nabout = \"rumour\"\n");
    const ContentCatalog catalog = LoadContentCatalog(pack.dir);
    REQUIRE(Messages(catalog).empty());
    CHECK(catalog.ItemsOf(Module::Seniors)[0]->AsTutorial()->steps[3].rumour);
    CHECK_FALSE(catalog.ItemsOf(Module::Seniors)[0]->AsTutorial()->steps[2].rumour);
    pack.Edit("action = \"judge\"\n", "action = \"judge\"\nabout = \"fake\"\n");
    ExpectOnly(pack,
               ErrorAt(pack.File() + ":56:9", "\"about\" 只能是 scam（是不是骗局）或 rumour（是不是谣言）",
                       "\"about\" must be scam (is it a scam) or rumour (is it a rumour)"));
}
