// The headless test-script language: one command a line, e.g.
//   tap "科学知识问答"     tap 960 540     drag 900 800 900 300 400     wait 200
//   advance 61            expect screen home            expect text "还在吗"
//   expect no-text "…"    expect layout-ok              screenshot shots/home.png     # comment
//   finger down 2 500 500 (and finger up 2 500 500): one finger of several
//   run "ln -sfn .v2 content/pack"   (a shell command; fails the script unless it exits 0)
//   set-clock "2026-12-31 23:59:00"   (the wall clock jumps to this Zhongwei time; timers do not move)
//   expect peak-memory-below 200     (megabytes: the process's peak resident memory so far)
//   expect widget "…" / no-widget "…"      expect selected "…" / not-selected "…"
//   expect min-size "tile-quizzes.icon" 120 120      expect same-top "A.icon" "B.icon" … (or same-bottom)
//   expect same-image shots/home.png   (the frame now is pixel for pixel that earlier screenshot)
//   expect glyph-page-resets 3         (at least this many full glyph pages were emptied so far)
//   lesson step | lesson finish | lesson wrong   (the seniors' lesson on screen, by touch)
// Parsing is pure, and so is checking what a frame drew; the app's script player carries the
// commands out.
#pragma once
#include "core/widget_registry.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kepu {

struct TapLabel {
    std::string label;
};
// Taps the current quiz question's right choices (then 确定 for a multiple-choice one), or one wrong
// choice: scripts need not know which question a seed drew.
struct TapAnswer {
    bool right;
};
struct TapPoint {
    float x, y;
};
struct Drag {
    float x1, y1, x2, y2;
    int ms;
    bool hold = false; // the finger rests before it lifts: no flick, the page stops where it was let go
};
struct Wait {
    int ms;
};
struct Advance {
    double seconds;
};
// A wall-clock step, as when network time arrives after a boot without a clock battery.
struct SetClock {
    std::int64_t utcMs;
};
struct ExpectScreen {
    std::string id;
};
struct ExpectText {
    std::string text;
    bool present;
};
struct Screenshot {
    std::string file;
};
struct ExpectLayoutOk {};
// The process's peak resident memory (VmHWM) so far is below this many megabytes: a long run must
// not grow.
struct ExpectPeakMemoryBelow {
    int megabytes;
};
// A tappable widget (label or test id) is drawn, or is not.
struct ExpectWidget {
    std::string name;
    bool present;
};
// A widget is drawn with its tick (a chosen audience chip), or without.
struct ExpectSelected {
    std::string name;
    bool selected;
};
// A drawn part or widget is at least this big, in window pixels.
struct ExpectMinSize {
    std::string name;
    float w, h;
};
// Drawn parts or widgets whose tops (or bottoms) line up, within a pixel.
struct ExpectAligned {
    std::vector<std::string> names;
    bool bottoms;
};
// The frame on screen equals an earlier screenshot, pixel for pixel.
struct ExpectSameImage {
    std::string file;
};
// At least this many full glyph pages were emptied and refilled since the start.
struct ExpectGlyphPageResets {
    int atLeast;
};
// A shell command, for tests that change the world around the kiosk (switch a content link).
struct RunCommand {
    std::string command;
};
// The seniors' lesson on screen, done by touch from its own content: `lesson step` does the current
// step's expected action, `lesson finish` does every step to the end (checking the layout of each),
// `lesson wrong` touches the phone where nothing is.
struct LessonDo {
    enum class What { Step, Finish, Wrong } what;
};
// One finger going down or up on its own, for multi-touch cases (a palm resting on the screen).
struct Finger {
    bool down;
    int id;
    float x, y;
};

using ScriptAction = std::variant<TapLabel, TapAnswer, TapPoint, Drag, Wait, Advance, ExpectScreen,
                                  ExpectText, Screenshot, ExpectLayoutOk, Finger, RunCommand, SetClock,
                                  ExpectPeakMemoryBelow, ExpectWidget, ExpectSelected, ExpectMinSize,
                                  ExpectAligned, ExpectSameImage, ExpectGlyphPageResets, LessonDo>;

struct ScriptCommand {
    int line = 0;
    std::string source; // the line as written, for failure messages
    ScriptAction action;
};

struct ParsedScript {
    std::vector<ScriptCommand> commands;
    std::vector<std::string> errors; // "file:line: message"
};

ParsedScript ParseTestScript(const std::string& text, const std::string& sourceName);

// The expectations answered from the registry alone (widget, selected, min-size, same-top/bottom).
bool IsDrawnExpectation(const ScriptAction& action);
// Empty when such an expectation holds for what the frame drew, else what was seen instead.
std::string CheckDrawn(const ScriptAction& action, const WidgetRegistry& registry);

} // namespace kepu
