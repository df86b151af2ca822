// Command-line options of kepu-kiosk.
#include "core/options.hpp"

#include <charconv>

namespace kepu {

std::optional<WindowSize> ParseWindowSize(const std::string& text) {
    const auto x = text.find('x');
    if (x == std::string::npos) return std::nullopt;
    WindowSize size;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [p1, e1] = std::from_chars(begin, begin + x, size.width);
    auto [p2, e2] = std::from_chars(begin + x + 1, end, size.height);
    if (e1 != std::errc{} || e2 != std::errc{} || p1 != begin + x || p2 != end) return std::nullopt;
    if (size.width < 640 || size.height < 480 || size.width > 7680 || size.height > 4320) return std::nullopt;
    return size;
}

OptionsResult ParseOptions(const std::vector<std::string>& args) {
    OptionsResult result;
    Options& o = result.options;
    std::size_t i = 0;
    if (!args.empty() && args[0] == "set-pin") {
        o.command = Command::SetPin;
        i = 1;
    } else if (!args.empty() && args[0] == "validate") {
        o.command = Command::Validate;
        i = 1;
        if (args.size() > 1 && args[1].rfind("--", 0) != 0) {
            o.validateDir = args[1];
            i = 2;
        }
    }
    const auto fail = [&](std::string message) {
        result.error = std::move(message) + " (see kepu-kiosk --help)";
        return result;
    };
    for (; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) return std::nullopt;
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            o.command = Command::Help;
        } else if (arg == "--version") {
            o.command = Command::Version;
        } else if (arg == "--kiosk") {
            o.kiosk = true;
        } else if (arg == "--headless") {
            o.headless = true;
        } else if (arg == "--bench") {
            o.bench = true;
        } else if (arg == "--config" || arg == "--content" || arg == "--data" || arg == "--assets" ||
                   arg == "--play" || arg == "--lang" || arg == "--windowed" || arg == "--renderer" ||
                   arg == "--seed") {
            const auto v = value();
            if (!v) return fail(arg + " needs a value");
            if (arg == "--config")
                o.configFile = *v;
            else if (arg == "--content")
                o.contentDir = *v;
            else if (arg == "--data")
                o.dataDir = *v;
            else if (arg == "--assets")
                o.assetsDir = *v;
            else if (arg == "--play")
                o.playScript = *v;
            else if (arg == "--lang") {
                o.lang = ParseLang(*v);
                if (!o.lang) return fail("--lang must be zh or en, not \"" + *v + "\"");
            } else if (arg == "--renderer") {
                o.renderer = ParseRendererSetting(*v);
                if (!o.renderer) return fail("--renderer must be auto, gl or software, not \"" + *v + "\"");
            } else if (arg == "--seed") {
                std::uint64_t seed = 0;
                const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), seed);
                if (ec != std::errc() || end != v->data() + v->size())
                    return fail("--seed must be a whole number from 0 to 18446744073709551615, not \"" + *v +
                                "\"");
                o.seed = seed;
            } else {
                o.windowed = ParseWindowSize(*v);
                if (!o.windowed)
                    return fail("--windowed must be WIDTHxHEIGHT between 640x480 and 7680x4320, not \"" + *v +
                                "\"");
            }
        } else {
            return fail("unknown option \"" + arg + "\"");
        }
    }
    if (o.kiosk && o.windowed) return fail("--kiosk and --windowed cannot be used together");
    if (o.bench && !o.headless) o.headless = true; // the benchmark always measures headless
    return result;
}

std::string UsageText() {
    return R"(Kepu Kiosk (科普 kiosk): touchscreen science kiosk.

Usage:
  kepu-kiosk [options]           run the kiosk
  kepu-kiosk set-pin [--data DIR | --config FILE]
                                 set the admin PIN (read from the terminal)
  kepu-kiosk validate [DIR]      check content packs (default: the content folder), list every
                                 problem as file:line:col, exit 0 when there is no error

Options:
  --config FILE     settings file (TOML); command-line options override it
  --content DIR     content packs folder (default: ./content)
  --data DIR        local data folder (default: ./var)
  --assets DIR      the kiosk's own files, holding i18n/ui.toml (default: found from the program's
                    location: PREFIX/share/kepu-kiosk when installed, else the source tree's assets/)
  --kiosk           fullscreen, borderless, no cursor; only the admin screen quits
  --windowed WxH    window of that size, for development (default 1280x720 when a display exists)
  --headless        no display needed (offscreen rendering, 1920x1080 unless --windowed)
  --lang zh|en      default language for new visitors (default zh)
  --renderer auto|gl|software
                    what draws: OpenGL, or SDL's software renderer (no GPU, no Mesa/LLVM);
                    auto (default) takes OpenGL only when a GPU device exists
  --play SCRIPT     drive the kiosk with a test script, exit 0 when every expectation held
  --seed N          quizzes draw and shuffle from N: the same run asks the same questions in the
                    same order (for tests); without it every run differs
  --bench           measure start-up, frame times, memory and idle CPU, then exit
  --version         print the version
  --help            this text
)";
}

} // namespace kepu
