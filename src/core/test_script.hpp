// The headless test-script language: one command a line, e.g.
//   tap "科学知识问答"     tap 960 540     drag 900 800 900 300 400     wait 200
//   advance 61            expect screen home            expect text "还在吗"
//   expect no-text "…"    expect layout-ok              screenshot shots/home.png     # comment
//   finger down 2 500 500 (and finger up 2 500 500): one finger of several
//   run "ln -sfn .v2 content/pack"   (a shell command; fails the script unless it exits 0)
//   set-clock "2026-12-31 23:59:00"   (the wall clock jumps to this Zhongwei time; timers do not move)
//   expect peak-memory-below 200     (megabytes: the process's peak resident memory so far)
// Parsing is pure; the app's script player carries the commands out.
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kepu {

struct TapLabel {
    std::string label;
};
struct TapPoint {
    float x, y;
};
struct Drag {
    float x1, y1, x2, y2;
    int ms;
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
// A shell command, for tests that change the world around the kiosk (switch a content link).
struct RunCommand {
    std::string command;
};
// One finger going down or up on its own, for multi-touch cases (a palm resting on the screen).
struct Finger {
    bool down;
    int id;
    float x, y;
};

using ScriptAction = std::variant<TapLabel, TapPoint, Drag, Wait, Advance, ExpectScreen, ExpectText,
                                  Screenshot, ExpectLayoutOk, Finger, RunCommand, SetClock,
                                  ExpectPeakMemoryBelow>;

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

} // namespace kepu
