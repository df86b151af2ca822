// Command-line options and the settings file: every bad value gets one clear message.
#include "core/config.hpp"
#include "core/options.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

TEST_CASE("options: the documented ones parse") {
    const auto r = ParseOptions({"--content", "c", "--data", "d", "--lang", "en", "--windowed", "1366x768",
                                 "--headless", "--play", "s.kks"});
    REQUIRE(r.error.empty());
    CHECK(*r.options.contentDir == "c");
    CHECK(*r.options.dataDir == "d");
    CHECK(*r.options.lang == Lang::En);
    CHECK(r.options.windowed->width == 1366);
    CHECK(r.options.windowed->height == 768);
    CHECK(r.options.headless);
    CHECK(*r.options.playScript == "s.kks");
    CHECK(ParseOptions({"set-pin", "--data", "x"}).options.command == Command::SetPin);
    CHECK(ParseOptions({"--help"}).options.command == Command::Help);
    CHECK(ParseOptions({"--bench"}).options.headless);
    CHECK_FALSE(r.options.renderer);
    CHECK(*ParseOptions({"--renderer", "software"}).options.renderer == RendererSetting::Software);
    CHECK(*ParseOptions({"--renderer", "gl"}).options.renderer == RendererSetting::Gl);
    CHECK(*ParseOptions({"--renderer", "auto"}).options.renderer == RendererSetting::Auto);
    CHECK_FALSE(r.options.seed);
    CHECK(*ParseOptions({"--seed", "42"}).options.seed == 42u);
    CHECK(*ParseOptions({"--seed", "18446744073709551615"}).options.seed == 18446744073709551615u);
}

TEST_CASE("options: bad ones name the problem") {
    CHECK(ParseOptions({"--frobnicate"}).error.find("unknown option \"--frobnicate\"") != std::string::npos);
    CHECK(ParseOptions({"--lang", "fr"}).error.find("--lang must be zh or en") != std::string::npos);
    CHECK(ParseOptions({"--windowed", "big"}).error.find("WIDTHxHEIGHT") != std::string::npos);
    CHECK(ParseOptions({"--windowed", "100x100"}).error.find("640x480") != std::string::npos);
    CHECK(ParseOptions({"--data"}).error.find("--data needs a value") != std::string::npos);
    CHECK(ParseOptions({"--renderer", "vulkan"}).error ==
          "--renderer must be auto, gl or software, not \"vulkan\" (see kepu-kiosk --help)");
    CHECK(ParseOptions({"--seed", "-1"}).error ==
          "--seed must be a whole number from 0 to 18446744073709551615, not \"-1\" (see kepu-kiosk --help)");
    CHECK(ParseOptions({"--seed", "12x"}).error.find("not \"12x\"") != std::string::npos);
    CHECK(ParseOptions({"--renderer"}).error.find("--renderer needs a value") != std::string::npos);
    CHECK(ParseOptions({"--kiosk", "--windowed", "800x600"}).error.find("cannot be used together") !=
          std::string::npos);
}

TEST_CASE("settings file: values, relative paths, defaults") {
    const auto r = ParseConfig(R"(
kiosk_id = "zw-shapotou-01"
lang = "en"
content = "packs"
data = "/var/lib/kepu"
idle_seconds = 90
)",
                               "kiosk.toml", "/etc/kepu");
    REQUIRE(r.ok());
    CHECK(r.config.kioskId == "zw-shapotou-01");
    CHECK(r.config.lang == Lang::En);
    CHECK(r.config.contentDir == "/etc/kepu/packs");
    CHECK(r.config.dataDir == "/var/lib/kepu");
    CHECK(r.config.idleSeconds == 90);
    CHECK(r.config.idleSecondsLargeText == 120);
    CHECK(r.config.countdownSeconds == 20);
    CHECK(r.config.renderer == RendererSetting::Auto);
    CHECK(ParseConfig("renderer = \"software\"\n", "kiosk.toml", ".").config.renderer ==
          RendererSetting::Software);
}

TEST_CASE("settings file: bad values give file:line:col and what is expected") {
    auto r = ParseConfig("lang = \"fr\"\nidle_seconds = -5\n", "kiosk.toml", ".");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0] == "kiosk.toml:1:8: \"lang\" must be \"zh\" or \"en\" (got \"fr\")");
    CHECK(r.errors[1] == "kiosk.toml:2:16: \"idle_seconds\" must be a whole number from 10 to 3600 (got -5)");
    r = ParseConfig("idel_seconds = 5\n", "kiosk.toml", ".");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].rfind("kiosk.toml:1:16: unknown setting \"idel_seconds\"", 0) == 0);
    r = ParseConfig("lang = \n", "kiosk.toml", ".");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].rfind("kiosk.toml:1:", 0) == 0);
    r = ParseConfig("content = 3\n", "kiosk.toml", ".");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0] == "kiosk.toml:1:11: \"content\" must be a text in quotes");
    r = ParseConfig("renderer = \"opengl\"\n", "kiosk.toml", ".");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0] ==
          "kiosk.toml:1:12: \"renderer\" must be \"auto\", \"gl\" or \"software\" (got \"opengl\")");
    r = ParseConfig("renderer = 1\n", "kiosk.toml", ".");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0] == "kiosk.toml:1:12: \"renderer\" must be a text in quotes");
}

TEST_CASE("settings file that cannot be read") {
    const auto r = LoadConfigFile("/nonexistent/kiosk.toml");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find("/nonexistent/kiosk.toml: cannot read") == 0);
}

TEST_CASE("command line overrides the settings file") {
    KioskConfig config;
    config.lang = Lang::En;
    Options options;
    options.lang = Lang::Zh;
    options.dataDir = "here";
    config.renderer = RendererSetting::Gl;
    options.renderer = RendererSetting::Software;
    ApplyOptions(config, options);
    CHECK(config.lang == Lang::Zh);
    CHECK(config.renderer == RendererSetting::Software);
    CHECK(config.dataDir == "here");
    CHECK(config.contentDir == "content");
}

TEST_CASE("the example settings file in platform/linux is valid") {
    const auto r = LoadConfigFile(std::string(KEPU_SOURCE_DIR) + "/platform/linux/kiosk.example.toml");
    CAPTURE(r.errors); // in the CHECK's scope, so a failure says which line of the file is wrong
    CHECK(r.ok());
    CHECK(r.config.county == "沙坡头区");
}
