// Starting the kiosk: interface text, content, data folder, window, ImGui and fonts. Every
// problem the kiosk can run with becomes an admin notice; only a missing window stops it.
#include "adapters/asset_paths.hpp"
#include "adapters/content_assets.hpp"
#include "adapters/data_folder.hpp"
#include "adapters/gpu_probe.hpp"
#include "app/kiosk_app.hpp"
#include "app/theme.hpp"
#include "version.hpp"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>

namespace kepu {
namespace {

KioskSettings SettingsFrom(const KioskConfig& config) {
    KioskSettings s;
    s.defaultLang = config.lang;
    s.idleMs = config.idleSeconds * 1000LL;
    s.idleMsLargeText = config.idleSecondsLargeText * 1000LL;
    s.countdownMs = config.countdownSeconds * 1000LL;
    return s;
}

// From the setting, else from the program's location, never the working directory. When nothing is
// found, the interface text's own "cannot read" notice follows, naming the installed place.
std::filesystem::path FindAssets(const KioskConfig& config) {
    const AssetsLookup found = FindAssetsDir(config.assetsDir);
    if (found.error.empty()) return found.dir;
    std::cerr << "kepu-kiosk: " << found.error << "\n";
    return config.assetsDir.empty() ? std::filesystem::path("/usr/share/kepu-kiosk") : config.assetsDir;
}

// KEPU_GLYPH_PAGE_GLYPHS=N makes every glyph page hold about N characters, so a test script empties
// full pages often (tests/scripts/glyph-pages-full.kks). Not a setting: no kiosk needs it.
PageCapacity PageCapacityForTests() {
    PageCapacity capacity;
    if (const char* value = std::getenv("KEPU_GLYPH_PAGE_GLYPHS")) {
        const int n = std::atoi(value);
        if (n > 0) capacity = {n, n, std::min(n, capacity.hero)};
    }
    return capacity;
}

// KEPU_IMAGE_BUDGET_BYTES=N keeps at most N bytes of pictures, so a script sees a picture that cannot
// be shown (tests/scripts/quiz-images-unshown.kks). Not a setting: no kiosk needs it.
std::size_t ImageBudgetForTests() {
    const char* value = std::getenv("KEPU_IMAGE_BUDGET_BYTES");
    const long long n = value ? std::atoll(value) : 0;
    return n > 0 ? static_cast<std::size_t>(n) : ImageCache::kDefaultBudgetBytes;
}

std::uint64_t RandomSeed() {
    std::random_device random;
    return (static_cast<std::uint64_t>(random()) << 32) ^ random();
}

} // namespace

KioskApp::KioskApp(KioskConfig config, Options options, std::chrono::steady_clock::time_point processStart)
    : m_config(std::move(config)), m_options(std::move(options)), m_clock(processStart),
      m_state(SettingsFrom(m_config)), m_quiz(m_clock, m_options.seed), m_tracker(RandomSeed(), m_clock),
      m_wallWatch(m_clock), m_admin(m_config, m_clock, [waker = &m_waker] { waker->Wake(); }) {}

KioskApp::~KioskApp() {
    if (m_state.InVisit()) m_state.EndVisit(EndReason::Shutdown, m_clock.NowMs());
    LogKioskEvents();
    if (m_imguiReady) {
        m_atlas.Close();
        m_window->ShutdownImGui();
        ImGui::DestroyContext();
    }
}

std::string KioskApp::LoadEverything() {
    const auto warn = [&](const std::string& notice) {
        std::cerr << "kepu-kiosk: " << notice << "\n";
        m_notices.push_back(notice);
    };
    const std::filesystem::path uiFile = FindAssets(m_config) / "i18n" / "ui.toml";
    for (const auto& problem : m_strings.LoadFile(uiFile))
        warn(problem);

    if (const std::string problem = PrepareDataFolder(m_config.dataDir); !problem.empty()) {
        warn(problem);
        m_kioskId = m_config.kioskId.empty() ? "?" : m_config.kioskId;
    } else {
        m_kioskId = m_config.kioskId.empty() ? LoadOrCreateKioskId(m_config.dataDir) : m_config.kioskId;
    }

    // The participation log opens (and checks the database) on its own thread: a large or damaged
    // database never delays the first frame.
    ParticipationLogSettings logSettings;
    logSettings.file = m_config.dataDir / "kepu.db";
    m_log = std::make_unique<ParticipationLog>(logSettings);

    m_today = Today();
    m_catalog = LoadCheckedContent(m_config, m_today);
    m_quiz.ContentChanged(m_catalog);
    m_stories.ContentChanged(m_catalog);
    for (const auto& problem : m_catalog.problems)
        std::cerr << "kepu-kiosk: " << problem << "\n";
    if (m_catalog.packs.empty())
        std::cerr << "kepu-kiosk: " << m_strings.Get("admin.no_content", Lang::En) << " ("
                  << m_config.contentDir.string() << ")\n";
    return {};
}

std::string KioskApp::Start() {
    // The window first: a kiosk without a display says so at once, before it reads or writes anything.
    WindowRequest request;
    request.headless = m_options.headless;
    request.kiosk = m_options.kiosk;
    if (m_options.windowed) {
        request.width = m_options.windowed->width;
        request.height = m_options.windowed->height;
    } else if (m_options.headless) {
        request.width = 1920;
        request.height = 1080;
    }
    if (const std::string error = OpenWindow(request); !error.empty()) return error;
    CatchStopSignals();
    m_waker.UseSdlEvents();
    LoadEverything();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written behind the staff's back
    io.LogFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.MouseDragThreshold = 12;
    if (!m_window->InitImGui()) {
        ImGui::DestroyContext();
        return "cannot start Dear ImGui's renderer on " + m_window->Description();
    }
    m_imguiReady = true;
    Relayout();

    RenderFrame();
    m_startup.firstFrameMs = static_cast<double>(m_clock.NowMs());
    return {};
}

std::string KioskApp::OpenWindow(const WindowRequest& request) {
    RendererChoice choice = ChooseRenderer(m_config.renderer, ProbeRendererFacts());
    std::string error;
    m_window = OpenRenderWindow(request, choice.kind, error);
    if (!m_window && choice.kind == RendererKind::Gl) {
        // A kiosk that cannot draw with OpenGL (driver missing or broken) still serves visitors.
        std::string softwareError;
        m_window = OpenRenderWindow(request, RendererKind::Software, softwareError);
        if (!m_window) return softwareError == error ? error : error + "; and " + softwareError;
        const std::string notice = "OpenGL cannot draw (" + error + "); drawing with SDL's software renderer";
        std::cerr << "kepu-kiosk: " << notice << "\n";
        m_notices.push_back(notice);
        choice.why += "; OpenGL cannot draw";
    }
    if (!m_window) return error;
    m_images.SetTextures(&m_window->Images());
    m_images.SetBudget(ImageBudgetForTests());
    std::cerr << "kepu-kiosk: renderer: " << m_window->Description() << " (" << choice.why << ")\n";
    return {};
}

void KioskApp::Relayout() {
    int width = 0, height = 0;
    m_window->Size(width, height);
    if (height == m_layoutHeight) return;
    m_layoutHeight = height;
    m_metrics = ComputeThemeMetrics(height);
    m_corner.SetCornerSize(m_metrics.adminCorner);
    ApplyKioskStyle(m_metrics.scale);

    // Glyphs come on demand (font_atlas.hpp): new content or a new screen size needs no list of
    // characters, only fonts at the new sizes.
    const bool firstBuild = !m_fontsOpened;
    m_fontsOpened = true;
    m_startup.fonts = m_atlas.Open(m_fonts, m_config.fontFile, m_config.fontIndex, m_metrics,
                                   m_window->Glyphs(), PageCapacityForTests());
    if (firstBuild && !m_startup.fonts.problem.empty()) {
        std::cerr << "kepu-kiosk: " << m_startup.fonts.problem << "\n";
        m_notices.push_back(m_startup.fonts.problem);
        // Without the Chinese font only English can be read.
        m_config.lang = Lang::En;
        m_state = KioskState(SettingsFrom(m_config));
    }
    m_framesWanted = std::max(m_framesWanted, 2);
}

} // namespace kepu
