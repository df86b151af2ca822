// Kiosk settings from a TOML file and the command line.
#include "core/config.hpp"

#include "core/text_file.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace kepu {
namespace {

std::string Where(const std::string& source, const toml::source_region& region) {
    return source + ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
}

std::pair<long, long> LineCol(const std::string& message, const std::string& source) {
    long line = 0, col = 0;
    std::sscanf(message.c_str() + source.size(), ":%ld:%ld", &line, &col);
    return {line, col};
}

// A short rendering of a value for messages: 5, "five", a table…
std::string Describe(const toml::node& node) {
    if (auto v = node.value_exact<int64_t>()) return std::to_string(*v);
    if (auto v = node.value_exact<double>()) return std::to_string(*v);
    if (auto v = node.value_exact<std::string>()) return "\"" + *v + "\"";
    if (auto v = node.value_exact<bool>()) return *v ? "true" : "false";
    return node.is_table() ? "a table" : node.is_array() ? "a list" : "a date or time";
}

} // namespace

ConfigResult ParseConfig(std::string_view text, const std::string& sourceName,
                         const std::filesystem::path& baseDir) {
    ConfigResult result;
    KioskConfig& c = result.config;
    toml::table table;
    try {
        table = toml::parse(text, sourceName);
    } catch (const toml::parse_error& e) {
        result.errors.push_back(Where(sourceName, e.source()) + ": " + std::string(e.description()));
        return result;
    }

    const auto error = [&](const toml::node& node, const std::string& message) {
        result.errors.push_back(Where(sourceName, node.source()) + ": " + message);
    };
    const auto getString = [&](const std::string& key, const toml::node& node, std::string& out) {
        if (auto v = node.value<std::string>())
            out = *v;
        else
            error(node, "\"" + key + "\" must be a text in quotes");
    };
    const auto getPath = [&](const std::string& key, const toml::node& node, std::filesystem::path& out) {
        std::string text;
        getString(key, node, text);
        if (text.empty()) return;
        out = std::filesystem::path(text).is_absolute() ? std::filesystem::path(text) : baseDir / text;
    };
    const auto getInt = [&](const std::string& key, const toml::node& node, int& out, int lo, int hi) {
        const auto v = node.value_exact<int64_t>();
        if (!v || *v < lo || *v > hi) {
            error(node, "\"" + key + "\" must be a whole number from " + std::to_string(lo) + " to " +
                            std::to_string(hi) + " (got " + Describe(node) + ")");
            return;
        }
        out = static_cast<int>(*v);
    };

    for (const auto& [keyView, node] : table) {
        const std::string key(keyView.str());
        if (key == "kiosk_id")
            getString(key, node, c.kioskId);
        else if (key == "site_name")
            getString(key, node, c.siteName);
        else if (key == "county")
            getString(key, node, c.county);
        else if (key == "content")
            getPath(key, node, c.contentDir);
        else if (key == "data")
            getPath(key, node, c.dataDir);
        else if (key == "assets")
            getPath(key, node, c.assetsDir);
        else if (key == "font")
            getPath(key, node, c.fontFile);
        else if (key == "font_index")
            getInt(key, node, c.fontIndex, 0, 63);
        else if (key == "idle_seconds")
            getInt(key, node, c.idleSeconds, 10, 3600);
        else if (key == "idle_seconds_large_text")
            getInt(key, node, c.idleSecondsLargeText, 10, 3600);
        else if (key == "countdown_seconds")
            getInt(key, node, c.countdownSeconds, 5, 120);
        else if (key == "lang") {
            std::string code;
            getString(key, node, code);
            if (auto lang = ParseLang(code))
                c.lang = *lang;
            else if (node.is_string())
                error(node, "\"lang\" must be \"zh\" or \"en\" (got \"" + code + "\")");
        } else if (key == "renderer") {
            std::string name;
            getString(key, node, name);
            if (auto renderer = ParseRendererSetting(name))
                c.renderer = *renderer;
            else if (node.is_string())
                error(node, "\"renderer\" must be \"auto\", \"gl\" or \"software\" (got \"" + name + "\")");
        } else {
            error(node, "unknown setting \"" + key +
                            "\"; known: kiosk_id, site_name, county, lang, content, data, assets, font, "
                            "font_index, idle_seconds, idle_seconds_large_text, countdown_seconds, renderer");
        }
    }
    // toml++ walks keys alphabetically; report in the order a person reads the file.
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [&](const std::string& a, const std::string& b) {
                         return LineCol(a, sourceName) < LineCol(b, sourceName);
                     });
    return result;
}

ConfigResult LoadConfigFile(const std::filesystem::path& file) {
    const auto text = ReadTextFile(file);
    if (!text) {
        ConfigResult result;
        result.errors.push_back(file.string() +
                                ": cannot read the settings file (does it exist? check --config)");
        return result;
    }
    return ParseConfig(*text, file.string(), file.parent_path());
}

void ApplyOptions(KioskConfig& config, const Options& options) {
    if (options.contentDir) config.contentDir = *options.contentDir;
    if (options.dataDir) config.dataDir = *options.dataDir;
    if (options.assetsDir) config.assetsDir = *options.assetsDir;
    if (options.lang) config.lang = *options.lang;
    if (options.renderer) config.renderer = *options.renderer;
}

} // namespace kepu
