// The running kiosk: window, fonts, input and screens around the core KioskState, and the router
// that sends each screen's actions to the feature that owns them (admin_feature for the staff side).
// The frame loop renders on demand: it sleeps until a touch, a timer or a finished job needs a frame.
#pragma once
#include "adapters/participation_log.hpp"
#include "app/admin_feature.hpp"
#include "app/app_clock.hpp"
#include "app/font_atlas.hpp"
#include "app/image_cache.hpp"
#include "app/loop_waker.hpp"
#include "app/quiz_feature.hpp"
#include "app/render/render_window.hpp"
#include "app/screens/screens.hpp"
#include "app/story_feature.hpp"
#include "app/touch_input.hpp"
#include "app/tutorial_feature.hpp"
#include "app/ui_action.hpp"
#include "core/admin_gate.hpp"
#include "core/config.hpp"
#include "core/content_catalog.hpp"
#include "core/kiosk_state.hpp"
#include "core/participation.hpp"
#include "core/theme_metrics.hpp"
#include "core/ui_strings.hpp"
#include "core/widget_registry.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kepu {

struct StartupReport {
    double firstFrameMs = 0; // main() entered to the first full frame on screen
    FontAtlasReport fonts;
};

class KioskApp {
  public:
    // processStart: when main() began, so the first-frame figure covers the whole start.
    KioskApp(KioskConfig config, Options options,
             std::chrono::steady_clock::time_point processStart = std::chrono::steady_clock::now());
    ~KioskApp();

    // Opens the window and loads everything. On failure returns a message (cause and fix); the
    // caller exits non-zero. Problems the kiosk can live with become admin notices instead.
    std::string Start();
    // The normal loop, until the admin quits (or the window closes outside kiosk mode).
    int Run();

    // The same loop for ms milliseconds of real time (forever when negative).
    void RunFor(Millis ms);
    // One turn of the loop: wait up to waitMs for input or a timer, handle it, draw if needed.
    void Step(int waitMs);
    // Draws n frames whatever happens, handling input between them.
    void RenderFrames(int n);
    // The admin quit, or SIGTERM/SIGINT arrived (in every mode: the loop, scripts, the benchmark).
    bool QuitRequested() const;

    // For the script player and the benchmark.
    AppClock& Clock() { return m_clock; }
    const WidgetRegistry& Registry() const { return m_registry; }
    ScreenId Screen() const { return m_state.Screen(); }
    const KioskState& State() const { return m_state; }
    bool IdleWarningShown() { return m_state.IdleWarningShown(m_clock.NowMs()); }
    void WindowSize(int& width, int& height) const { m_window->Size(width, height); }
    RenderWindow& Window() { return *m_window; }
    std::string Screenshot(const std::string& file);
    const StartupReport& Startup() const { return m_startup; }
    // The glyph pages as they are now (glyphs on them, pages made, pages emptied).
    FontAtlasReport Fonts() const { return m_atlas.Report(); }
    // The pictures held as textures (the benchmark checks a closed story left none).
    const ImageCache& Images() const { return m_images; }
    const std::vector<std::string>& Notices() const { return m_notices; }
    // The lesson on screen, if any (the script player does its steps by touch).
    const LessonEngine* Lesson() const {
        const ItemProgress* progress = m_state.Session().Item();
        return progress && m_state.Screen() == ScreenId::Item ? progress->lesson.get() : nullptr;
    }
    // Waits (up to timeout) until every visit event so far is on disk; for scripts and shutdown.
    bool FlushLog(std::chrono::milliseconds timeout);

  private:
    static void CatchStopSignals();
    void HandleEvent(const union SDL_Event& event);
    void HandlePointer(const PointerEvent& event);
    void UpdateTimers();
    void PollJobs();
    void CheckLocalDate();
    void RenderFrame();
    void DrawScreens(std::vector<UiAction>& actions);
    void Apply(const UiAction& action);
    Millis NextWakeAt(Millis now) const;
    int HighlightIndex(Millis now) const;
    void Relayout();
    void LogKioskEvents();
    void LogQuizEvents();
    void LogLessonEvents();
    void LogReadingMilestones();
    void DrawItem(Ui& ui, Millis now);
    std::string Today() const;
    std::string LoadEverything();
    std::string OpenWindow(const WindowRequest& request);

    KioskConfig m_config;
    Options m_options;
    AppClock m_clock;
    LoopWaker m_waker; // before the features: their jobs call it until they are joined
    KioskState m_state;
    QuizFeature m_quiz;
    StoryFeature m_stories;
    TutorialFeature m_tutorials;
    UiStrings m_strings;
    ContentCatalog m_catalog;
    std::vector<std::string> m_notices;
    std::string m_kioskId;

    std::unique_ptr<RenderWindow> m_window;
    bool m_imguiReady = false;
    ThemeMetrics m_metrics;
    int m_layoutHeight = 0;
    FontSet m_fonts;
    FontAtlas m_atlas; // after the window: its pages are freed first

    // After the window too: its textures are freed before the renderer goes.
    ImageCache m_images{[waker = &m_waker] { waker->Wake(); }};
    bool m_fontsOpened = false;
    TouchInput m_input;
    WidgetRegistry m_registry;
    CornerTapDetector m_corner{120};
    bool m_swallowGesture = false;

    std::unique_ptr<ParticipationLog> m_log;
    VisitTracker m_tracker;
    WallClockWatch m_wallWatch;
    std::string m_today;       // the local date the catalog's campaign packs were chosen for
    Millis m_nextMidnight = 0; // monotonic time of the next local midnight, as last computed

    AdminFeature m_admin;
    int m_framesWanted = 1;
    Millis m_scheduledWake = 0; // when a timer next changes what is drawn
    Millis m_lastFrameAt = 0;
    bool m_quit = false;
    std::string m_pendingScreenshot;
    std::string m_screenshotError;
    StartupReport m_startup;
};

} // namespace kepu
