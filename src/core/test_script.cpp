// The headless test-script language.
#include "core/test_script.hpp"

#include "core/local_time.hpp"

#include <charconv>
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
        } else if (verb == "drag") {
            Drag d{};
            if (!numbers(1, d.x1, d.y1, d.x2, d.y2, d.ms) || d.ms < 0) {
                fail("drag takes X1 Y1 X2 Y2 MS");
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
        } else if (verb == "expect") {
            fail("expect takes: screen ID, text \"…\", no-text \"…\", layout-ok or peak-memory-below MB");
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

} // namespace kepu
