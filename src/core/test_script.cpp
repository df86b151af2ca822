// The headless test-script language.
#include "core/test_script.hpp"

#include "core/local_time.hpp"

#include <charconv>
#include <cmath>
#include <sstream>

namespace kepu {
namespace {

// Splits a line into words; "quoted text" (with \" and \\ escapes) is one word.
bool Tokenize(const std::string& line, std::vector<std::string>& words, std::string& error) {
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
        } else if (line[i] == '#') {
            break;
        } else if (line[i] == '"') {
            std::string word;
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '\\' && i + 1 < line.size()) {
                    word += line[i + 1];
                    i += 2;
                } else if (line[i] == '"') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    word += line[i++];
                }
            }
            if (!closed) {
                error = "a quoted text is not closed with \"";
                return false;
            }
            words.push_back(word);
        } else {
            std::size_t end = line.find_first_of(" \t\r", i);
            if (end == std::string::npos) end = line.size();
            words.push_back(line.substr(i, end - i));
            i = end;
        }
    }
    return true;
}

template <typename T> bool ToNumber(const std::string& word, T& out) {
    const char* end = word.data() + word.size();
    auto [p, ec] = std::from_chars(word.data(), end, out);
    return ec == std::errc{} && p == end;
}

} // namespace

ParsedScript ParseTestScript(const std::string& text, const std::string& sourceName) {
    ParsedScript script;
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        std::vector<std::string> w;
        std::string error;
        const auto fail = [&](const std::string& message) {
            script.errors.push_back(sourceName + ":" + std::to_string(lineNo) + ": " + message);
        };
        if (!Tokenize(line, w, error)) {
            fail(error);
            continue;
        }
        if (w.empty()) continue;
        ScriptCommand command{lineNo, line, {}};
        const std::string& verb = w[0];
        const auto numbers = [&](std::size_t from, auto&... out) {
            std::size_t i = from;
            return ((i < w.size() && ToNumber(w[i++], out)) && ...) && i == w.size();
        };
        if (verb == "tap" && w.size() == 2) {
            command.action = TapLabel{w[1]};
        } else if (verb == "tap") {
            TapPoint p{};
            if (!numbers(1, p.x, p.y)) {
                fail("tap takes \"LABEL\" or X Y");
                continue;
            }
            command.action = p;
        } else if (verb == "lesson") {
            if (w.size() != 2 || (w[1] != "step" && w[1] != "finish" && w[1] != "wrong")) {
                fail("lesson takes step, finish or wrong");
                continue;
            }
            command.action = LessonDo{w[1] == "step"     ? LessonDo::What::Step
                                      : w[1] == "finish" ? LessonDo::What::Finish
                                                         : LessonDo::What::Wrong};
        } else if (verb == "answer") {
            if (w.size() != 2 || (w[1] != "right" && w[1] != "wrong")) {
                fail("answer takes right or wrong");
                continue;
            }
            command.action = TapAnswer{w[1] == "right"};
        } else if (verb == "drag") {
            Drag d{};
            d.hold = w.size() == 7 && w[6] == "hold";
            if (d.hold) w.pop_back();
            if (!numbers(1, d.x1, d.y1, d.x2, d.y2, d.ms) || d.ms < 0) {
                fail("drag takes X1 Y1 X2 Y2 MS [hold]");
                continue;
            }
            command.action = d;
        } else if (verb == "wait") {
            Wait wt{};
            if (!numbers(1, wt.ms) || wt.ms < 0) {
                fail("wait takes milliseconds, e.g. wait 200");
                continue;
            }
            command.action = wt;
        } else if (verb == "advance") {
            Advance a{};
            if (!numbers(1, a.seconds) || a.seconds < 0) {
                fail("advance takes seconds, e.g. advance 61");
                continue;
            }
            command.action = a;
        } else if (verb == "set-clock") {
            const auto utc = w.size() == 2 ? ParseLocalDateTime(w[1]) : std::nullopt;
            if (!utc) {
                fail("set-clock takes a Zhongwei date and time, e.g. set-clock \"2026-12-31 23:59:00\"");
                continue;
            }
            command.action = SetClock{*utc};
        } else if (verb == "expect" && w.size() == 3 && w[1] == "screen") {
            command.action = ExpectScreen{w[2]};
        } else if (verb == "expect" && w.size() == 3 && (w[1] == "text" || w[1] == "no-text")) {
            command.action = ExpectText{w[2], w[1] == "text"};
        } else if (verb == "expect" && w.size() == 2 && w[1] == "layout-ok") {
            command.action = ExpectLayoutOk{};
        } else if (verb == "expect" && w.size() >= 2 && w[1] == "peak-memory-below") {
            ExpectPeakMemoryBelow m{};
            if (!numbers(2, m.megabytes) || m.megabytes <= 0) {
                fail("expect peak-memory-below takes megabytes, e.g. expect peak-memory-below 200");
                continue;
            }
            command.action = m;
        } else if (verb == "expect" && w.size() == 3 && (w[1] == "widget" || w[1] == "no-widget")) {
            command.action = ExpectWidget{w[2], w[1] == "widget"};
        } else if (verb == "expect" && w.size() == 3 && (w[1] == "selected" || w[1] == "not-selected")) {
            command.action = ExpectSelected{w[2], w[1] == "selected"};
        } else if (verb == "expect" && w.size() >= 3 && w[1] == "min-size") {
            ExpectMinSize size{w[2], 0, 0};
            if (!numbers(3, size.w, size.h)) {
                fail("expect min-size takes \"NAME\" WIDTH HEIGHT");
                continue;
            }
            command.action = size;
        } else if (verb == "expect" && w.size() >= 4 && (w[1] == "same-top" || w[1] == "same-bottom")) {
            command.action = ExpectAligned{{w.begin() + 2, w.end()}, w[1] == "same-bottom"};
        } else if (verb == "expect" && w.size() == 3 && w[1] == "same-image") {
            command.action = ExpectSameImage{w[2]};
        } else if (verb == "expect" && w.size() >= 2 && w[1] == "glyph-page-resets") {
            ExpectGlyphPageResets resets{};
            if (!numbers(2, resets.atLeast) || resets.atLeast < 0) {
                fail("expect glyph-page-resets takes a count, e.g. expect glyph-page-resets 3");
                continue;
            }
            command.action = resets;
        } else if (verb == "expect") {
            fail("expect takes: screen ID, text \"…\", no-text \"…\", layout-ok, widget \"…\", "
                 "no-widget \"…\", selected \"…\", not-selected \"…\", min-size \"…\" W H, "
                 "same-top/same-bottom \"…\" \"…\"…, same-image FILE, glyph-page-resets N "
                 "or peak-memory-below MB");
            continue;
        } else if (verb == "finger") {
            Finger f{};
            if (w.size() != 5 || (w[1] != "down" && w[1] != "up") || !numbers(2, f.id, f.x, f.y)) {
                fail("finger takes down|up ID X Y");
                continue;
            }
            f.down = w[1] == "down";
            command.action = f;
        } else if (verb == "run" && w.size() == 2) {
            command.action = RunCommand{w[1]};
        } else if (verb == "screenshot" && w.size() == 2) {
            command.action = Screenshot{w[1]};
        } else {
            fail("unknown command \"" + verb +
                 "\"; commands: tap, drag, finger, wait, advance, set-clock, expect, "
                 "screenshot, run");
            continue;
        }
        script.commands.push_back(std::move(command));
    }
    return script;
}

bool IsDrawnExpectation(const ScriptAction& action) {
    return std::holds_alternative<ExpectWidget>(action) || std::holds_alternative<ExpectSelected>(action) ||
           std::holds_alternative<ExpectMinSize>(action) || std::holds_alternative<ExpectAligned>(action);
}

namespace {

std::string Px(float v) {
    return std::to_string(static_cast<int>(std::lround(v)));
}

std::string Where(const WidgetRect& r) {
    return "at " + Px(r.x) + "," + Px(r.y) + " (" + Px(r.w) + "×" + Px(r.h) + ")";
}

} // namespace

std::string CheckDrawn(const ScriptAction& action, const WidgetRegistry& registry) {
    const auto notDrawn = [&](const std::string& name) {
        return "nothing named \"" + name + "\" is drawn; tappable: " + registry.Describe();
    };
    if (const auto* widget = std::get_if<ExpectWidget>(&action)) {
        const auto found = registry.Find(widget->name);
        if (widget->present && !found) return notDrawn(widget->name);
        // Absent means nothing by that name at all: not a widget, nor a part such as an icon or a hand.
        if (!widget->present)
            if (const auto drawn = registry.RectOf(widget->name))
                return "\"" + widget->name + "\" is drawn " + Where(*drawn);
    } else if (const auto* selected = std::get_if<ExpectSelected>(&action)) {
        const auto found = registry.Find(selected->name);
        if (!found) return notDrawn(selected->name);
        if (found->selected != selected->selected)
            return "\"" + selected->name + "\" is drawn " + (found->selected ? "with" : "without") +
                   " a tick";
    } else if (const auto* size = std::get_if<ExpectMinSize>(&action)) {
        const auto rect = registry.RectOf(size->name);
        if (!rect) return notDrawn(size->name);
        if (rect->w < size->w || rect->h < size->h)
            return "\"" + size->name + "\" is " + Px(rect->w) + "×" + Px(rect->h) + " px, want at least " +
                   Px(size->w) + "×" + Px(size->h);
    } else if (const auto* same = std::get_if<ExpectAligned>(&action)) {
        std::string edges;
        std::optional<float> first;
        bool differ = false;
        for (const std::string& name : same->names) {
            const auto rect = registry.RectOf(name);
            if (!rect) return notDrawn(name);
            const float edge = same->bottoms ? rect->y + rect->h : rect->y;
            if (!first) first = edge;
            differ = differ || std::abs(edge - *first) > 1.0f;
            edges += (edges.empty() ? "" : ", ") + ("\"" + name + "\" at " + Px(edge));
        }
        if (differ) return std::string(same->bottoms ? "the bottoms" : "the tops") + " differ: " + edges;
    }
    return {};
}

} // namespace kepu
