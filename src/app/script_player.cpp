// Plays a test script against the running kiosk.
#include "app/script_player.hpp"

#include "core/flick_scroll.hpp"
#include "core/phone_layout.hpp"
#include "core/theme_metrics.hpp"

#include "app/kiosk_app.hpp"
#include "core/text_file.hpp"

#include <SDL.h>
#include <stb_image.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

namespace kepu {
namespace {

constexpr int kSettleFrames = 4; // press, release, the action's new screen, one more to be sure

// Real touchscreens deliver a finger event and a mouse event synthesised from it; send both so the
// app's de-duplication is exercised on every tap.
void PushTouch(KioskApp& app, Uint32 type, float x, float y, SDL_FingerID fingerId = 1) {
    int width = 0, height = 0;
    app.WindowSize(width, height);
    SDL_Event finger{};
    finger.type = type;
    finger.tfinger.touchId = 1;
    finger.tfinger.fingerId = fingerId;
    finger.tfinger.x = x / width;
    finger.tfinger.y = y / height;
    finger.tfinger.pressure = 1;
    SDL_PushEvent(&finger);
    if (fingerId != 1) return; // SDL synthesises mouse events from the first finger only

    SDL_Event mouse{};
    if (type == SDL_FINGERMOTION) {
        mouse.type = SDL_MOUSEMOTION;
        mouse.motion.which = SDL_TOUCH_MOUSEID;
        mouse.motion.x = static_cast<int>(x);
        mouse.motion.y = static_cast<int>(y);
    } else {
        mouse.type = type == SDL_FINGERDOWN ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
        mouse.button.which = SDL_TOUCH_MOUSEID;
        mouse.button.button = SDL_BUTTON_LEFT;
        mouse.button.x = static_cast<int>(x);
        mouse.button.y = static_cast<int>(y);
    }
    SDL_PushEvent(&mouse);
}

void Tap(KioskApp& app, float x, float y) {
    PushTouch(app, SDL_FINGERDOWN, x, y);
    app.RenderFrames(1);
    PushTouch(app, SDL_FINGERUP, x, y);
    app.RenderFrames(kSettleFrames);
}

void DragTo(KioskApp& app, const Drag& d) {
    const int steps = std::max(2, d.ms / 16);
    PushTouch(app, SDL_FINGERDOWN, d.x1, d.y1);
    app.RenderFrames(1);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / steps;
        PushTouch(app, SDL_FINGERMOTION, d.x1 + (d.x2 - d.x1) * t, d.y1 + (d.y2 - d.y1) * t);
        app.Clock().Advance(d.ms / steps);
        app.RenderFrames(1);
    }
    if (d.hold) {
        // The finger rests on the glass past the flick window before it lifts.
        app.Clock().Advance(FlickScroll::kFlickWindowMs * 2);
        app.RenderFrames(1);
    }
    PushTouch(app, SDL_FINGERUP, d.x2, d.y2);
    app.RenderFrames(kSettleFrames);
}

// The process's peak resident memory in kB (VmHWM), or -1 when /proc cannot tell.
long PeakMemoryKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    return -1;
}

// Expectations wait for work the app does off the frame thread (the PIN check, a content reload)
// for up to this long in real time, so a slow machine is not a failure; a wrong result still is.
constexpr auto kExpectPatience = std::chrono::seconds(5);

template <typename Condition> bool Eventually(KioskApp& app, Condition holds) {
    const auto deadline = std::chrono::steady_clock::now() + kExpectPatience;
    while (!holds()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        app.Step(20);
        app.RenderFrames(1);
    }
    return true;
}

// Returns an empty string when the command did what it should, else what went wrong.
// The frame now against an earlier screenshot: same size, same pixels.
std::string CompareWithScreenshot(KioskApp& app, const std::string& file) {
    int w0 = 0, h0 = 0, w1 = 0, h1 = 0, channels = 0;
    unsigned char* before = stbi_load(file.c_str(), &w0, &h0, &channels, 4);
    if (!before) return file + ": cannot read the earlier screenshot";
    const std::string now = file + ".now.png";
    std::string problem = app.Screenshot(now);
    unsigned char* after = problem.empty() ? stbi_load(now.c_str(), &w1, &h1, &channels, 4) : nullptr;
    if (problem.empty() && !after) problem = now + ": cannot read the screenshot just taken";
    if (problem.empty() && (w0 != w1 || h0 != h1))
        problem = "the frame is " + std::to_string(w1) + "×" + std::to_string(h1) + ", the screenshot " +
                  std::to_string(w0) + "×" + std::to_string(h0);
    if (problem.empty()) {
        long differing = 0;
        int firstX = -1, firstY = -1;
        for (long i = 0; i < static_cast<long>(w0) * h0; ++i)
            if (std::memcmp(before + i * 4, after + i * 4, 3) != 0) {
                if (differing++ == 0) firstX = static_cast<int>(i % w0), firstY = static_cast<int>(i / w0);
            }
        if (differing > 0)
            problem = std::to_string(differing) + " pixels differ from " + file + ", the first at " +
                      std::to_string(firstX) + "," + std::to_string(firstY) + " (this frame: " + now + ")";
    }
    stbi_image_free(before);
    if (after) stbi_image_free(after);
    if (problem.empty()) std::filesystem::remove(now);
    return problem;
}

// The phone's scale on screen (pixels per phone unit), from its drawn body.
float PhoneScale(const KioskApp& app) {
    const auto phone = app.Registry().RectOf("phone");
    return phone ? phone->w / (kPhoneWidth + 2 * kPhoneBezel) : 1;
}

void LongPress(KioskApp& app, float x, float y) {
    PushTouch(app, SDL_FINGERDOWN, x, y);
    app.RenderFrames(1);
    app.Clock().Advance(PhoneGesture::kLongPressMs + 200);
    app.RenderFrames(2);
    PushTouch(app, SDL_FINGERUP, x, y);
    app.RenderFrames(kSettleFrames);
}

// The current step's expected action, by touch, from the step as written.
std::string DoLessonStep(KioskApp& app) {
    const LessonEngine* lesson = app.Lesson();
    if (!lesson) return "no lesson on screen";
    if (lesson->Finished()) return "the lesson is already finished";
    const TutorialStep& step = lesson->Step();
    const int before = lesson->StepIndex();
    const std::string where = "step " + std::to_string(before + 1) + " (" +
                              std::string(PhoneActionName(step.action)) +
                              (step.target.empty() ? "" : " " + step.target) + ")";
    const auto rectOf = [&](const std::string& id) { return app.Registry().RectOf("phone:" + id); };
    const float scale = PhoneScale(app);
    const auto found = step.target.empty() ? std::nullopt : rectOf(step.target);
    if (!step.target.empty() && !found) return where + ": its target is not drawn on the phone";
    const WidgetRect target = found.value_or(WidgetRect{});
    // Every target the lesson asks for is at least the theme's touch minimum on the kiosk.
    int width = 0, height = 0;
    app.WindowSize(width, height);
    const float minimum = ComputeThemeMetrics(height).touchTarget;
    const auto tooSmall = [&](const WidgetRect& rect) {
        return rect.w < minimum - 0.5f || rect.h < minimum - 0.5f;
    };
    if (found && tooSmall(target))
        return where + ": its touch area is " + std::to_string(static_cast<int>(target.w)) + "x" +
               std::to_string(static_cast<int>(target.h)) + " px, under the touch minimum of " +
               std::to_string(static_cast<int>(minimum)) + " px";
    switch (step.action) {
    case PhoneAction::Tap: Tap(app, target.CenterX(), target.CenterY()); break;
    case PhoneAction::LongPress: LongPress(app, target.CenterX(), target.CenterY()); break;
    case PhoneAction::Swipe: {
        const auto phone = app.Registry().RectOf("phone");
        const WidgetRect from = found ? target : phone.value_or(WidgetRect{});
        const float x = from.CenterX(), y = from.CenterY();
        const float len = 160 * scale;
        const float dx = step.direction == SwipeDirection::Left    ? -len
                         : step.direction == SwipeDirection::Right ? len
                                                                   : 0;
        const float dy = step.direction == SwipeDirection::Up     ? -len
                         : step.direction == SwipeDirection::Down ? len
                                                                  : 0;
        DragTo(app, Drag{x, y, x + dx, y + dy, 300, true});
        break;
    }
    case PhoneAction::Slide: {
        const PhonePart* slider = step.FindPart(step.target);
        // The slider's track as the layout defines it, from its drawn box in window pixels.
        const PhoneBox track =
            SliderTrack({target.x / scale, target.y / scale, target.w / scale, target.h / scale});
        const float x0 = track.x * scale, w = track.w * scale, y = track.CenterY() * scale;
        DragTo(app, Drag{x0 + w * static_cast<float>(slider ? slider->value : 0) / 100, y,
                         x0 + w * static_cast<float>(step.value) / 100, y, 500, true});
        break;
    }
    case PhoneAction::Type: {
        const std::vector<int> presses = step.KeyPresses();
        if (presses.empty()) return where + ": the keys cannot type \"" + step.text + "\"";
        for (int index : presses) {
            const auto key = rectOf(KeyTargetId(index));
            if (!key) return where + ": key " + std::to_string(index) + " is not drawn";
            if (tooSmall(*key)) return where + ": a key is under the touch minimum";
            Tap(app, key->CenterX(), key->CenterY());
        }
        break;
    }
    case PhoneAction::Judge:
        for (const char* id : {step.scam ? "lesson-scam" : "lesson-not-scam", "lesson-continue"}) {
            const auto button = app.Registry().Find(id);
            if (!button)
                return where + ": \"" + id + "\" is not on screen; tappable: " + app.Registry().Describe();
            Tap(app, button->rect.CenterX(), button->rect.CenterY());
        }
        break;
    }
    const LessonEngine* after = app.Lesson();
    if (!after || (!after->Finished() && after->StepIndex() == before))
        return where + ": done as written, the lesson did not move on";
    return {};
}

std::string PerformLesson(KioskApp& app, LessonDo::What what) {
    if (what == LessonDo::What::Step) return DoLessonStep(app);
    if (what == LessonDo::What::Wrong) {
        // The status bar: on every screen, and never a target.
        const auto phone = app.Registry().RectOf("phone");
        if (!app.Lesson() || !phone) return "no lesson on screen";
        Tap(app, phone->CenterX(), phone->y + (kPhoneBezel + kPhoneStatusBar / 2) * PhoneScale(app));
        return {};
    }
    int width = 0, height = 0;
    app.WindowSize(width, height);
    for (int guard = 0; guard < 64; ++guard) {
        const LessonEngine* lesson = app.Lesson();
        if (!lesson) return "no lesson on screen";
        if (lesson->Finished()) return {};
        std::string problems;
        for (const auto& p :
             app.Registry().LayoutProblems(static_cast<float>(width), static_cast<float>(height)))
            problems += (problems.empty() ? "" : "; ") + p;
        if (!problems.empty())
            return "step " + std::to_string(lesson->StepIndex() + 1) + " layout: " + problems;
        if (std::string problem = DoLessonStep(app); !problem.empty()) return problem;
    }
    return "the lesson did not finish";
}

std::string Perform(KioskApp& app, const ScriptAction& action) {
    if (const auto* lesson = std::get_if<LessonDo>(&action)) return PerformLesson(app, lesson->what);
    if (const auto* tap = std::get_if<TapLabel>(&action)) {
        const auto widget = app.Registry().Find(tap->label);
        if (!widget)
            return "nothing labelled \"" + tap->label + "\" on screen " +
                   std::string(ScreenIdName(app.Screen())) + "; tappable: " + app.Registry().Describe();
        Tap(app, widget->rect.CenterX(), widget->rect.CenterY());
    } else if (const auto* answer = std::get_if<TapAnswer>(&action)) {
        const ItemProgress* progress = app.State().Session().Item();
        const QuizEngine* quiz = progress ? progress->quiz.get() : nullptr;
        if (!quiz || quiz->Phase() != QuizPhase::Asking) return "no quiz question is waiting for an answer";
        const EngineQuestion& question = quiz->Current();
        const std::vector<int>& order = quiz->DisplayOrder(quiz->CurrentIndex());
        std::vector<std::string> taps;
        for (std::size_t position = 0; position < order.size(); ++position) {
            const bool right = std::find(question.correct.begin(), question.correct.end(), order[position]) !=
                               question.correct.end();
            if (right == answer->right) taps.push_back("choice-" + std::to_string(position + 1));
        }
        if (!answer->right) taps.resize(1); // one wrong choice is a wrong answer of every type
        if (question.type == QuestionType::Multiple) taps.push_back("quiz-submit");
        for (const std::string& id : taps) {
            const auto widget = app.Registry().Find(id);
            if (!widget)
                return "the quiz's \"" + id + "\" is not on screen; tappable: " + app.Registry().Describe();
            Tap(app, widget->rect.CenterX(), widget->rect.CenterY());
        }
    } else if (const auto* point = std::get_if<TapPoint>(&action)) {
        Tap(app, point->x, point->y);
    } else if (const auto* drag = std::get_if<Drag>(&action)) {
        DragTo(app, *drag);
    } else if (const auto* finger = std::get_if<Finger>(&action)) {
        PushTouch(app, finger->down ? SDL_FINGERDOWN : SDL_FINGERUP, finger->x, finger->y, finger->id);
        app.RenderFrames(finger->down ? 1 : kSettleFrames);
    } else if (const auto* wait = std::get_if<Wait>(&action)) {
        // Time passes for the app as it does for the machine, while the app runs (jobs finish).
        auto last = std::chrono::steady_clock::now();
        const auto until = last + std::chrono::milliseconds(wait->ms);
        while (last < until && !app.QuitRequested()) {
            app.Step(10);
            const auto now = std::chrono::steady_clock::now();
            app.Clock().Advance(std::chrono::duration_cast<std::chrono::milliseconds>(now - last).count());
            last = now;
        }
        app.RenderFrames(1);
    } else if (const auto* advance = std::get_if<Advance>(&action)) {
        app.Clock().Advance(static_cast<Millis>(advance->seconds * 1000));
        app.RenderFrames(kSettleFrames);
    } else if (const auto* setClock = std::get_if<SetClock>(&action)) {
        app.Clock().SetUtc(setClock->utcMs);
        app.RenderFrames(kSettleFrames);
    } else if (const auto* expect = std::get_if<ExpectScreen>(&action)) {
        if (!ParseScreenId(expect->id)) return "there is no screen \"" + expect->id + "\"";
        if (!Eventually(app, [&] { return ScreenIdName(app.Screen()) == expect->id; }))
            return "the screen is " + std::string(ScreenIdName(app.Screen()));
    } else if (const auto* text = std::get_if<ExpectText>(&action)) {
        if (!Eventually(app, [&] { return app.Registry().HasText(text->text) == text->present; }))
            return text->present ? "the text is not on screen " + std::string(ScreenIdName(app.Screen()))
                                 : "the text is on screen " + std::string(ScreenIdName(app.Screen()));
    } else if (std::holds_alternative<ExpectLayoutOk>(action)) {
        int width = 0, height = 0;
        app.WindowSize(width, height);
        const auto problems =
            app.Registry().LayoutProblems(static_cast<float>(width), static_cast<float>(height));
        std::string all;
        for (const auto& p : problems)
            all += (all.empty() ? "" : "; ") + p;
        return all;
    } else if (const auto* memory = std::get_if<ExpectPeakMemoryBelow>(&action)) {
        const long peakKb = PeakMemoryKb();
        if (peakKb < 0) return "cannot read the peak memory (VmHWM) from /proc/self/status";
        if (peakKb >= memory->megabytes * 1024L)
            return "the peak resident memory is " + std::to_string(peakKb / 1024) + " MB";
    } else if (IsDrawnExpectation(action)) {
        std::string failure;
        if (!Eventually(app, [&] { return (failure = CheckDrawn(action, app.Registry())).empty(); }))
            return failure;
    } else if (const auto* run = std::get_if<RunCommand>(&action)) {
        const int status = std::system(run->command.c_str());
        if (status != 0) return "the command exited with status " + std::to_string(status);
    } else if (const auto* shot = std::get_if<Screenshot>(&action)) {
        return app.Screenshot(shot->file);
    } else if (const auto* same = std::get_if<ExpectSameImage>(&action)) {
        return CompareWithScreenshot(app, same->file);
    } else if (const auto* resets = std::get_if<ExpectGlyphPageResets>(&action)) {
        const int done = app.Fonts().resets;
        if (done < resets->atLeast) return std::to_string(done) + " glyph pages were emptied";
    }
    return {};
}

} // namespace

void PushTouchDown(KioskApp& app, float x, float y) {
    PushTouch(app, SDL_FINGERDOWN, x, y);
}
void PushTouchUp(KioskApp& app, float x, float y) {
    PushTouch(app, SDL_FINGERUP, x, y);
}
void PushTouchMove(KioskApp& app, float x, float y) {
    PushTouch(app, SDL_FINGERMOTION, x, y);
}

int PlayScript(KioskApp& app, const std::string& scriptFile) {
    const auto text = ReadTextFile(scriptFile);
    if (!text) {
        std::cerr << scriptFile << ": cannot read the test script\n";
        return 2;
    }
    const ParsedScript script = ParseTestScript(*text, scriptFile);
    for (const auto& error : script.errors)
        std::cerr << error << "\n";
    if (!script.errors.empty()) return 2;

    // Only the script moves the app's time: a busy machine's slowness cannot expire a timer mid-test.
    app.Clock().StopRealTime();
    app.RenderFrames(2);
    for (const ScriptCommand& command : script.commands) {
        const std::string failure = Perform(app, command.action);
        if (!failure.empty()) {
            std::cerr << scriptFile << ":" << command.line << ": " << command.source
                      << "\n  failed: " << failure << "\n";
            return 1;
        }
        if (app.QuitRequested()) break;
    }
    std::cout << scriptFile << ": " << script.commands.size() << " commands, all expectations held\n";
    return 0;
}

} // namespace kepu
