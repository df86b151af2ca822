// kepu-kiosk: parse the options, build the app, run the loop (or a script, a benchmark, set-pin).
#include "adapters/asset_paths.hpp"
#include "adapters/content_assets.hpp"
#include "adapters/data_folder.hpp"
#include "adapters/pin_store.hpp"
#include "adapters/terminal.hpp"
#include "app/bench_runner.hpp"
#include "app/kiosk_app.hpp"
#include "app/script_player.hpp"
#include "core/config.hpp"
#include "core/content_catalog.hpp"
#include "core/options.hpp"
#include "version.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace {

int SetPin(const kepu::KioskConfig& config) {
    if (const std::string problem = kepu::PrepareDataFolder(config.dataDir); !problem.empty()) {
        std::cerr << "kepu-kiosk set-pin: " << problem << "\n";
        return 1;
    }
    const auto pin = kepu::ReadSecretLine("New admin PIN (4-12 digits): ");
    const auto again = kepu::ReadSecretLine("Type it again: ");
    if (!pin || !again) {
        std::cerr << "kepu-kiosk set-pin: no PIN was given; nothing changed\n";
        return 1;
    }
    if (*pin != *again) {
        std::cerr << "kepu-kiosk set-pin: the two PINs differ; nothing changed\n";
        return 1;
    }
    kepu::PinStore store(config.dataDir);
    if (const std::string problem = store.SetPin(*pin); !problem.empty()) {
        std::cerr << "kepu-kiosk set-pin: " << problem << "; nothing changed\n";
        return 1;
    }
    std::cout << "Admin PIN saved (Argon2id hash) in " << store.File().string() << "\n";
    return 0;
}

// `kepu-kiosk validate [DIR]`: every problem of every pack, then a summary line.
int Validate(const kepu::KioskConfig& config, const kepu::Options& options) {
    const std::filesystem::path dir =
        options.validateDir ? std::filesystem::path(*options.validateDir) : config.contentDir;
    const kepu::FontAndImageChecks assets(config.fontFile, config.fontIndex);
    if (!assets.Problem().empty()) std::cerr << "kepu-kiosk validate: warning: " << assets.Problem() << "\n";
    const kepu::ContentCatalog catalog = kepu::LoadContentCatalog(dir, &assets);
    for (const kepu::Diagnostic& d : catalog.diagnostics.Items())
        std::cout << d.Format() << "\n";
    const std::size_t errors = catalog.diagnostics.ErrorCount();
    std::size_t items = 0;
    for (const auto& pack : catalog.packs)
        items += pack.items.size();
    // The summary in the diagnostics' shape: Chinese, then the English beside it.
    const std::string packs = std::to_string(catalog.packs.size()), count = std::to_string(items);
    const std::string skippedPacks = std::to_string(catalog.skippedPacks.size());
    const std::string skippedItems = std::to_string(catalog.skippedItems.size());
    const std::string errorCount = std::to_string(errors);
    const std::string warnings = std::to_string(catalog.diagnostics.WarningCount());
    std::cout << dir.string() << ": " << packs << " 个有效内容包，共 " << count << " 个条目；跳过 "
              << skippedPacks << " 个内容包、" << skippedItems << " 个条目；" << errorCount << " 个错误，"
              << warnings << " 个警告 (" << packs << " valid pack(s) with " << count << " item(s), "
              << skippedPacks << " pack(s) and " << skippedItems << " item(s) skipped; " << errorCount
              << " error(s), " << warnings << " warning(s))\n";
    return errors == 0 ? 0 : 1;
}

// A chosen assets folder without the interface text is a bad setting, reported before anything opens.
bool ChosenAssetsUsable(const kepu::KioskConfig& config, const kepu::Options& options) {
    if (config.assetsDir.empty()) return true;
    const kepu::AssetsLookup assets = kepu::FindAssetsDir(config.assetsDir);
    if (assets.error.empty()) return true;
    if (options.assetsDir)
        std::cerr << "kepu-kiosk: --assets " << config.assetsDir.string() << ": " << assets.error << "\n";
    else
        std::cerr << *options.configFile << ": assets = \"" << config.assetsDir.string()
                  << "\": " << assets.error << "\n";
    return false;
}

} // namespace

int main(int argc, char** argv) {
    const auto processStart = std::chrono::steady_clock::now();
    const kepu::OptionsResult parsed = kepu::ParseOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::cerr << "kepu-kiosk: " << parsed.error << "\n";
        return 2;
    }
    const kepu::Options& options = parsed.options;
    if (options.command == kepu::Command::Help) {
        std::cout << kepu::UsageText();
        return 0;
    }
    if (options.command == kepu::Command::Version) {
        std::cout << "kepu-kiosk " << kepu::kVersion << "\n";
        return 0;
    }

    kepu::KioskConfig config;
    if (options.configFile) {
        kepu::ConfigResult loaded = kepu::LoadConfigFile(*options.configFile);
        for (const auto& error : loaded.errors)
            std::cerr << error << "\n";
        if (!loaded.ok()) return 2;
        config = loaded.config;
    }
    kepu::ApplyOptions(config, options);
    if (options.command == kepu::Command::SetPin) return SetPin(config);
    if (options.command == kepu::Command::Validate) return Validate(config, options);

    if (!ChosenAssetsUsable(config, options)) return 2;
    kepu::KioskApp app(config, options, processStart);
    if (const std::string error = app.Start(); !error.empty()) {
        std::cerr << "kepu-kiosk: " << error << "\n";
        return 1;
    }
    if (options.bench) return kepu::RunBenchmark(app);
    if (options.playScript) return kepu::PlayScript(app, *options.playScript);
    return app.Run();
}
