// The running kiosk: the frame loop, input routing, screen drawing and action handling.
#include "app/kiosk_app.hpp"

#include "app/screenshot.hpp"
#include "app/theme.hpp"
#include "version.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

namespace kepu {
namespace {

constexpr Millis kHighlightMs = 8000; // one attract card this long
constexpr Millis kPinPollMs = 30;     // while Argon2id runs on its worker
constexpr int kMaxSleepMs = 1000;     // so a stop signal is noticed within a second
constexpr std::size_t kMaxPinDigits = 12;

std::atomic<bool> g_stopSignal{false};
extern "C" void OnStopSignal(int) {
    g_stopSignal = true;
}

} // namespace

int KioskApp::Run() {
    std::signal(SIGTERM, OnStopSignal);
    std::signal(SIGINT, OnStopSignal);
    RunFor(-1);
    return 0;
}

void KioskApp::RunFor(Millis ms) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!m_quit && !g_stopSignal && (ms < 0 || std::chrono::steady_clock::now() < until)) {
        const Millis now = m_clock.NowMs();
        const Millis wait = std::clamp<Millis>(m_scheduledWake - now, 0, kMaxSleepMs);
        Step(m_framesWanted > 0 ? 0 : static_cast<int>(wait));
    }
}

void KioskApp::Step(int waitMs) {
    SDL_Event event;
    bool got = SDL_PollEvent(&event);
    if (!got && waitMs > 0) {
        if (m_options.headless) {
            // SDL's offscreen driver cannot block on events (SDL_WaitEventTimeout would poll every
            // millisecond); headless, events only come from this thread, so plain sleep is exact.
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
            got = SDL_PollEvent(&event);
        } else {
            got = SDL_WaitEventTimeout(&event, waitMs); // blocks in the X11/Wayland connection
        }
    }
    if (got) {
        HandleEvent(event);
        while (SDL_PollEvent(&event))
            HandleEvent(event);
    }
    PollPinCheck();
    PollContentReload();
    UpdateTimers();
    if (m_framesWanted > 0 || m_input.HasPending()) RenderFrame();
}

void KioskApp::RenderFrames(int n) {
    for (int i = 0; i < n; ++i) {
        SDL_Event event;
        while (SDL_PollEvent(&event))
            HandleEvent(event);
        PollPinCheck();
        PollContentReload();
        UpdateTimers();
        RenderFrame();
    }
}

void KioskApp::HandleEvent(const SDL_Event& event) {
    switch (event.type) {
    case SDL_QUIT:
        if (!m_options.kiosk) m_quit = true; // in kiosk mode only the admin screen quits
        return;
    case SDL_KEYDOWN:
        if (!m_options.kiosk && event.key.keysym.sym == SDLK_ESCAPE) m_quit = true;
        return;
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_CLOSE && !m_options.kiosk) m_quit = true;
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) Relayout();
        m_framesWanted = std::max(m_framesWanted, 2);
        return;
    default: break;
    }
    int width = 0, height = 0;
    m_window->Size(width, height);
    if (auto pointer = m_input.Translate(event, width, height)) HandlePointer(*pointer);
}

void KioskApp::HandlePointer(const PointerEvent& event) {
    const Millis now = m_clock.NowMs();
    m_framesWanted = std::max(m_framesWanted, 3);
    if (event.type == PointerEvent::Type::Down) {
        const bool warningShown = m_state.IdleWarningShown(now);
        m_state.OnTouch(now);
        // A touch on the "还在吗？" overlay only says "still here"; it must not press what is under it.
        // A touch in the admin corner belongs to the hidden gesture, not to the screen.
        m_swallowGesture = warningShown || m_corner.InCorner(event.x, event.y);
        if (m_corner.OnTouchDown(event.x, event.y, now)) {
            m_pinDigits.clear();
            m_pinMessage.clear();
            m_pinIsSet = m_pinStore.HasPin(); // a file read: once per opening, not every frame
            m_state.OpenAdminPin(now);
        }
    }
    if (!m_swallowGesture) m_input.Enqueue(event);
    if (event.type == PointerEvent::Type::Up) m_swallowGesture = false;
}

void KioskApp::UpdateTimers() {
    const Millis now = m_clock.NowMs();
    if (m_state.Update(now)) m_framesWanted = std::max(m_framesWanted, 2);
    if (now >= m_scheduledWake) m_framesWanted = std::max(m_framesWanted, 1);
}

Millis KioskApp::NextWakeAt(Millis now) const {
    Millis wake = m_state.NextWakeAt(now);
    if (m_state.Screen() == ScreenId::Attract && m_catalog.Highlights().size() > 1) {
        const Millis shown = now - m_attractSince;
        wake = std::min(wake, now + kHighlightMs - shown % kHighlightMs);
    }
    if (m_pinCheck || m_contentReload) wake = std::min(wake, now + kPinPollMs);
    if (m_state.Screen() == ScreenId::AdminPin && m_lockout.IsLocked(now))
        wake = std::min(wake, now + 1000 - (m_lockout.LockedUntil() - now) % 1000);
    // The idle countdown and the lock countdown change what is drawn each second.
    return wake;
}

int KioskApp::HighlightIndex(Millis now) const {
    return static_cast<int>((now - m_attractSince) / kHighlightMs);
}

void KioskApp::RenderFrame() {
    const Millis now = m_clock.NowMs();
    ImGuiIO& io = ImGui::GetIO();
    int width = 0, height = 0, drawW = 0, drawH = 0;
    m_window->Size(width, height);
    m_window->DrawableSize(drawW, drawH);
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    if (width > 0 && height > 0)
        io.DisplayFramebufferScale =
            ImVec2(static_cast<float>(drawW) / width, static_cast<float>(drawH) / height);
    io.DeltaTime = std::max(0.001f, static_cast<float>(now - m_lastFrameAt) / 1000.0f);
    if (io.DeltaTime > 1.0f) io.DeltaTime = 1.0f / 60;
    m_lastFrameAt = now;

    ImGui_ImplOpenGL3_NewFrame();
    m_input.ApplyToImGui(io);
    ImGui::NewFrame();
    m_registry.BeginFrame();
    std::vector<UiAction> actions;
    DrawScreens(actions);
    ImGui::Render();

    glViewport(0, 0, drawW, drawH);
    const Rgb bg = palette::kBackground;
    glClearColor(bg.r / 255.f, bg.g / 255.f, bg.b / 255.f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!m_pendingScreenshot.empty()) {
        m_screenshotError = SaveScreenshot(*m_window, m_pendingScreenshot);
        m_pendingScreenshot.clear();
    }
    m_window->Present();
    if (m_framesWanted > 0) --m_framesWanted;

    for (const UiAction& action : actions)
        Apply(action);
    if (!actions.empty()) m_framesWanted = std::max(m_framesWanted, 2);
    m_scheduledWake = NextWakeAt(m_clock.NowMs());
    LogKioskEvents();
}

void KioskApp::LogKioskEvents() {
    for (const KioskEvent& event : m_state.TakeEvents())
        for (LogEvent& entry : m_tracker.Track(event))
            m_log->Enqueue(std::move(entry));
}

bool KioskApp::FlushLog(std::chrono::milliseconds timeout) {
    LogKioskEvents();
    return m_log->Flush(timeout);
}

std::vector<std::string> KioskApp::AdminNotices() const {
    std::vector<std::string> notices = m_notices;
    if (!m_reloadNotice.empty()) notices.push_back(m_reloadNotice);
    for (const std::string& folder : m_catalog.keptPrevious)
        notices.push_back(
            m_strings.Format("admin.kept_previous", m_state.Choices().lang, {{"folder", folder}}));
    if (m_catalog.packs.empty())
        notices.push_back(m_strings.Get("admin.no_content", m_state.Choices().lang) + " (" +
                          m_config.contentDir.string() + ")");
    const ParticipationLogStatus log = m_log->Status();
    const Lang lang = m_state.Choices().lang;
    if (!log.problem.empty()) notices.push_back(log.problem);
    if (log.dropped > 0)
        notices.push_back(m_strings.Format("log.dropped", lang, {{"n", std::to_string(log.dropped)}}));
    if (!log.movedAside.empty())
        notices.push_back(m_strings.Format("log.moved_aside", lang, {{"file", log.movedAside}}));
    return notices;
}

void KioskApp::DrawScreens(std::vector<UiAction>& actions) {
    const Millis now = m_clock.NowMs();
    const VisitorChoices& choices = m_state.Choices();
    int width = 0, height = 0;
    m_window->Size(width, height);
    Ui ui{m_metrics,
          m_fonts,
          m_strings,
          m_registry,
          actions,
          choices.lang,
          choices.textSize,
          ImVec2(static_cast<float>(width), static_cast<float>(height)),
          !m_startup.fonts.usingFallback};

    const ScreenId screen = m_state.Screen();
    if (screen != m_lastDrawnScreen) {
        if (screen == ScreenId::Attract) m_attractSince = now;
        if (m_lastDrawnScreen != ScreenId::Item) m_moduleList = {}; // back from an item: keep the place
        m_lastDrawnScreen = screen;
    }
    BeginFullScreenWindow("##screen", palette::kBackground);
    switch (screen) {
    case ScreenId::Attract:
        DrawAttractScreen(ui, m_catalog.Highlights(), HighlightIndex(now),
                          m_strings.Get("attract.title", Lang::Zh));
        break;
    case ScreenId::Home: DrawHomeScreen(ui, choices.audience); break;
    case ScreenId::Quizzes:
    case ScreenId::Stories:
    case ScreenId::Seniors:
        DrawModuleScreen(ui, ModuleOnScreen(screen)->module,
                         m_catalog.ItemsOf(ModuleOnScreen(screen)->module), m_moduleList);
        break;
    case ScreenId::Item: DrawItemScreen(ui, m_catalog.FindItem(m_state.Item())); break;
    case ScreenId::AdminPin: DrawAdminPinScreen(ui, MakePinPadView(now)); break;
    case ScreenId::Admin: DrawAdminScreen(ui, MakeAdminView()); break;
    }
    EndFullScreenWindow();
    if (m_state.IdleWarningShown(now)) DrawIdleOverlay(ui, m_state.IdleSecondsLeft(now));
}

void KioskApp::Apply(const UiAction& action) {
    const Millis now = m_clock.NowMs();
    const ScreenId screen = m_state.Screen();
    const bool onAdmin = screen == ScreenId::Admin || screen == ScreenId::AdminPin;
    switch (action.kind) {
    case UiAction::Kind::StartVisit: m_state.StartVisit(now); break;
    case UiAction::Kind::Open: m_state.Open(action.screen, now); break;
    case UiAction::Kind::OpenItem: m_state.OpenItem(action.item, now); break;
    case UiAction::Kind::Back:
        if (screen == ScreenId::Admin)
            m_state.LeaveAdmin(now);
        else
            m_state.Back(now);
        break;
    case UiAction::Kind::Home:
        if (onAdmin && !m_state.InVisit())
            m_state.LeaveAdmin(now);
        else
            m_state.GoHome(now);
        break;
    case UiAction::Kind::SetLang: m_state.SetLang(action.lang); break;
    case UiAction::Kind::SetTextSize: m_state.SetTextSize(action.textSize); break;
    case UiAction::Kind::SetAudience: m_state.SetAudience(action.audience); break;
    case UiAction::Kind::PinKey:
        if (m_pinDigits.size() < kMaxPinDigits) m_pinDigits += action.digit;
        m_pinMessage.clear();
        break;
    case UiAction::Kind::PinDelete:
        if (!m_pinDigits.empty()) m_pinDigits.pop_back();
        break;
    case UiAction::Kind::PinSubmit: SubmitPin(); break;
    case UiAction::Kind::LeaveAdmin: m_state.LeaveAdmin(now); break;
    case UiAction::Kind::ReloadContent: StartContentReload(); break;
    case UiAction::Kind::QuitKiosk: m_quit = true; break;
    }
}

void KioskApp::SubmitPin() {
    const Millis now = m_clock.NowMs();
    if (m_pinCheck || m_lockout.IsLocked(now)) return;
    if (!IsAcceptablePin(m_pinDigits)) {
        m_pinMessage = m_strings.Get("admin.pin_length", m_state.Choices().lang);
        m_pinMessageIsError = true;
        return;
    }
    // Argon2id takes a noticeable moment on purpose: never on the frame thread.
    m_pinCheck =
        std::async(std::launch::async, [store = m_pinStore, pin = m_pinDigits] { return store.Verify(pin); });
    m_pinDigits.clear();
}

void KioskApp::PollPinCheck() {
    if (!m_pinCheck || m_pinCheck->wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    const PinCheck result = m_pinCheck->get();
    m_pinCheck.reset();
    m_framesWanted = std::max(m_framesWanted, 2);
    const Millis now = m_clock.NowMs();
    const Lang lang = m_state.Choices().lang;
    m_pinMessageIsError = true;
    switch (result) {
    case PinCheck::Correct:
        m_lockout.RecordSuccess();
        SaveLockout();
        m_pinMessage.clear();
        m_pinMessageIsError = false;
        if (m_state.Screen() == ScreenId::AdminPin) m_state.AdminUnlocked(now);
        break;
    case PinCheck::Wrong:
        m_lockout.RecordFailure(now);
        SaveLockout();
        if (m_lockout.IsLocked(now))
            m_pinMessage.clear(); // the lock message is drawn live
        else
            m_pinMessage = m_strings.Format("admin.pin_wrong", lang,
                                            {{"n", std::to_string(m_lockout.AttemptsLeft(now))}});
        break;
    case PinCheck::NoPinSet:
    case PinCheck::Error: m_pinMessage = m_strings.Get("admin.pin_error", lang); break;
    }
}

void KioskApp::SaveLockout() {
    // A few bytes, only after a PIN attempt; the frame can afford it.
    const PinLockout::Saved saved = m_lockout.Save();
    const long long until = saved.lockedUntil == 0 ? 0 : saved.lockedUntil + m_utcAtAppZero;
    if (!m_pinStore.SaveLockout({saved.failures, saved.locks, until}))
        std::cerr << "kepu-kiosk: cannot save the PIN lockout in " << m_config.dataDir.string()
                  << " (it resets when the kiosk restarts)\n";
}

PinPadView KioskApp::MakePinPadView(Millis now) const {
    PinPadView view;
    const Lang lang = m_state.Choices().lang;
    view.pinIsSet = m_pinIsSet;
    view.digitsEntered = m_pinDigits.size();
    view.checking = m_pinCheck.has_value();
    view.locked = m_lockout.IsLocked(now);
    view.message = m_pinMessage;
    view.messageIsError = m_pinMessageIsError;
    if (!view.pinIsSet) {
        view.message = m_strings.Format("admin.pin_not_set", lang, {{"data", m_config.dataDir.string()}});
    } else if (view.locked) {
        view.message =
            m_strings.Format("admin.pin_locked", lang, {{"n", std::to_string(m_lockout.SecondsLeft(now))}});
        view.messageIsError = true;
    }
    return view;
}

AdminView KioskApp::MakeAdminView() const {
    const Lang lang = m_state.Choices().lang;
    AdminView view;
    view.version = kVersion;
    view.kioskId = m_kioskId;
    view.siteName = m_config.siteName + (m_config.county.empty() ? "" : " · " + m_config.county);
    view.contentSummary = m_strings.Format("admin.content_summary", lang,
                                           {{"packs", std::to_string(m_catalog.packs.size())},
                                            {"items", std::to_string(m_catalog.ItemCount())},
                                            {"dir", m_config.contentDir.string()}});
    view.contentProblems = m_catalog.problems;
    const ParticipationLogStatus log = m_log->Status();
    view.logSummary = m_strings.Format(
        "log.summary", lang,
        {{"durable", std::to_string(log.durable)}, {"waiting", std::to_string(log.waiting)}});
    view.notices = AdminNotices();
    view.reloading = m_contentReload.has_value();
    return view;
}

void KioskApp::StartContentReload() {
    if (m_contentReload) return;
    // Reading and checking every pack (fonts, images) is file work: on a worker, never the frame.
    m_contentReload =
        std::async(std::launch::async, [config = m_config] { return LoadCheckedContent(config); });
}

void KioskApp::PollContentReload() {
    if (!m_contentReload || m_contentReload->wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    m_catalog = KeepPreviousVersions(m_contentReload->get(), m_catalog);
    m_contentReload.reset();
    m_reloadNotice = m_strings.Format("admin.reloaded", m_state.Choices().lang,
                                      {{"packs", std::to_string(m_catalog.packs.size())},
                                       {"items", std::to_string(m_catalog.ItemCount())},
                                       {"errors", std::to_string(m_catalog.problems.size())}});
    m_layoutHeight = 0; // new text may need new glyphs
    Relayout();
    m_framesWanted = std::max(m_framesWanted, 2);
}

std::string KioskApp::Screenshot(const std::string& file) {
    m_pendingScreenshot = file;
    m_screenshotError.clear();
    RenderFrames(1);
    return m_screenshotError;
}

} // namespace kepu
