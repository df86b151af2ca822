// The running kiosk: the frame loop, input routing, screen drawing and the action router.
#include "app/kiosk_app.hpp"

#include "app/screenshot.hpp"
#include "app/theme.hpp"
#include "core/lesson_log.hpp"
#include "core/quiz_log.hpp"
#include "version.hpp"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

namespace kepu {
namespace {

constexpr Millis kHighlightMs = 8000; // one attract card this long
constexpr int kMaxSleepMs = 1000;
constexpr int kMaxPasses = 3; // a frame, again with its glyphs, once more after a full page     // so a stop
                              // signal (and a wall-clock step) is noticed within a second

std::atomic<bool> g_stopSignal{false};
extern "C" void OnStopSignal(int) {
    g_stopSignal = true;
}

} // namespace

void KioskApp::CatchStopSignals() {
    std::signal(SIGTERM, OnStopSignal);
    std::signal(SIGINT, OnStopSignal);
}

bool KioskApp::QuitRequested() const {
    return m_quit || g_stopSignal;
}

int KioskApp::Run() {
    RunFor(-1);
    // A visitor still on the screen when the kiosk stops: their visit ends now, not never.
    if (m_state.InVisit()) m_state.EndVisit(EndReason::Shutdown, m_clock.NowMs());
    return 0;
}

void KioskApp::RunFor(Millis ms) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!QuitRequested() && (ms < 0 || std::chrono::steady_clock::now() < until)) {
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
            // millisecond); headless, events only come from this thread, so a sleep that a finished
            // job can cut short is exact.
            m_waker.SleepHeadless(waitMs);
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
    PollJobs();
    UpdateTimers();
    if (m_framesWanted > 0 || m_input.HasPending()) RenderFrame();
}

void KioskApp::RenderFrames(int n) {
    for (int i = 0; i < n; ++i) {
        SDL_Event event;
        while (SDL_PollEvent(&event))
            HandleEvent(event);
        PollJobs();
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
            m_admin.OpenPad();
            m_state.OpenAdminPin(now);
        }
    }
    if (!m_swallowGesture) m_input.Enqueue(event);
    if (event.type == PointerEvent::Type::Up) m_swallowGesture = false;
}

void KioskApp::UpdateTimers() {
    const Millis now = m_clock.NowMs();
    CheckLocalDate();
    if (m_state.Update(now)) m_framesWanted = std::max(m_framesWanted, 2);
    if (m_quiz.Update(m_state)) m_framesWanted = std::max(m_framesWanted, 2);
    m_tutorials.Tick(m_state, now);
    if (m_tutorials.Update(m_state, m_catalog, now)) m_framesWanted = std::max(m_framesWanted, 2);
    if (now >= m_scheduledWake) m_framesWanted = std::max(m_framesWanted, 1);
}

void KioskApp::PollJobs() {
    AdminFeature::Outcome outcome = m_admin.Poll(m_catalog, m_strings, m_state.Choices().lang);
    if (outcome.unlocked && m_state.Screen() == ScreenId::AdminPin) m_state.AdminUnlocked(m_clock.NowMs());
    if (outcome.catalog) {
        m_catalog = std::move(*outcome.catalog);
        m_catalog.SetToday(m_today); // midnight may have passed while it loaded
        m_quiz.ContentChanged(m_catalog);
        m_stories.ContentChanged(m_catalog);
    }
    if (outcome.changed) m_framesWanted = std::max(m_framesWanted, 2);
    if (m_images.Poll()) m_framesWanted = std::max(m_framesWanted, 2);
}

std::string KioskApp::Today() const {
    return LocalDateShanghai(m_clock.UtcMs());
}

void KioskApp::CheckLocalDate() {
    // Campaign packs switch on and off with the local date. The date can only change at the next
    // local midnight (the loop wakes then: NextWakeAt) or when the wall clock is set (network time
    // after a boot without a clock battery), which is seen within a second: the loop never sleeps
    // longer. Between those, nothing is computed.
    const std::int64_t step = m_wallWatch.Check(m_clock);
    if (step != 0)
        std::cerr << "kepu-kiosk: the wall clock was set (" << (step > 0 ? "+" : "") << step / 1000
                  << " s); dates and times follow it from now on\n";
    if (step == 0 && m_clock.NowMs() < m_nextMidnight) return;
    const std::int64_t utc = m_clock.UtcMs();
    m_nextMidnight = m_clock.NowMs() + (NextLocalMidnightUtc(utc) - utc);
    const std::string today = LocalDateShanghai(utc);
    if (today == m_today) return;
    m_today = today;
    // Campaign packs stay loaded when inactive: a new day needs no file read, only a new filter.
    m_catalog.SetToday(today);
    m_quiz.ContentChanged(m_catalog);
    m_stories.ContentChanged(m_catalog);
    m_framesWanted = std::max(m_framesWanted, 2);
}

Millis KioskApp::NextWakeAt(Millis now) const {
    Millis wake = std::min(m_state.NextWakeAt(now), m_nextMidnight);
    if (m_state.Screen() == ScreenId::Attract && m_catalog.Highlights().size() > 1) {
        const Millis shown = now - m_state.AttractSince();
        wake = std::min(wake, now + kHighlightMs - shown % kHighlightMs);
    }
    if (const Millis quizTick = m_quiz.NextWakeAt(m_state, now)) wake = std::min(wake, quizTick);
    if (const Millis glide = m_stories.NextWakeAt(m_state, now)) wake = std::min(wake, glide);
    if (const Millis lesson = m_tutorials.NextWakeAt(m_state, now)) wake = std::min(wake, lesson);
    // The idle countdown and the lock countdown change what is drawn each second.
    if (m_state.Screen() == ScreenId::AdminPin)
        if (const Millis lockTick = m_admin.NextWakeAt(now)) wake = std::min(wake, lockTick);
    return wake;
}

int KioskApp::HighlightIndex(Millis now) const {
    return static_cast<int>((now - m_state.AttractSince()) / kHighlightMs);
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

    // A frame that drew characters not yet on a glyph page is built again once they are there,
    // before anything is shown (a full page emptied on the way may need one more turn).
    std::vector<UiAction> actions;
    for (int pass = 1;; ++pass) {
        m_window->NewFrame();
        m_input.ApplyToImGui(io);
        ImGui::NewFrame();
        m_registry.BeginFrame();
        DrawScreens(actions);
        ImGui::Render();
        if (!m_atlas.HasRequests() || pass == kMaxPasses) break;
        m_atlas.Fill();
        io.DeltaTime = 0.001f; // the same moment, built again
    }

    m_window->Render(ImGui::GetDrawData(), palette::kBackground);
    if (!m_pendingScreenshot.empty()) {
        m_screenshotError = SaveScreenshot(*m_window, m_pendingScreenshot);
        m_pendingScreenshot.clear();
    }
    m_window->Present();
    if (m_framesWanted > 0) --m_framesWanted;
    m_stories.Update(m_state); // what this frame showed of a story, before the taps it took

    for (const UiAction& action : actions)
        Apply(action);
    if (!actions.empty()) m_framesWanted = std::max(m_framesWanted, 2);
    m_scheduledWake = NextWakeAt(m_clock.NowMs());
    LogKioskEvents();
    // Pictures belong to the item on screen: leaving it (返回, 首页, the walk-away) frees them.
    if (m_state.Screen() != ScreenId::Item && !m_images.Empty()) m_images.ReleaseAll();
}

void KioskApp::LogKioskEvents() {
    // A quiz the visitor left unfinished is abandoned before the screen change or visit end that
    // left it is logged; a quiz started on an item screen is logged after the item's opening.
    m_quiz.Update(m_state);
    m_tutorials.Reap(m_state);
    LogReadingMilestones();
    for (const KioskEvent& event : m_state.TakeEvents()) {
        if (event.kind != KioskEvent::Kind::ScreenShown || event.screen != ScreenId::Item) {
            LogQuizEvents();
            LogLessonEvents();
        }
        for (LogEvent& entry : m_tracker.Track(event))
            m_log->Enqueue(std::move(entry));
    }
    LogQuizEvents();
    LogLessonEvents();
}

void KioskApp::LogLessonEvents() {
    const std::vector<PendingLessonEvent> events = m_tutorials.TakeEvents();
    if (!m_tracker.InVisit()) return;
    for (const PendingLessonEvent& pending : events)
        m_log->Enqueue(
            LessonLogEntry(pending.event, m_tracker.Stamp(m_clock.NowMs(), pending.choices), pending.lesson));
}

void KioskApp::LogReadingMilestones() {
    const std::vector<ReadingMilestone> milestones = m_stories.TakeMilestones();
    if (!m_tracker.InVisit()) return;
    for (const ReadingMilestone& milestone : milestones) {
        LogEvent entry = m_tracker.Stamp(m_clock.NowMs(), m_state.Choices());
        entry.kind = LogKind::ReadingProgress;
        entry.item = milestone.story;
        entry.fractionRead = milestone.fraction;
        m_log->Enqueue(std::move(entry));
    }
}

void KioskApp::LogQuizEvents() {
    // Outside a visit (a quiz can only start in one) the tracker has no visit to stamp: nothing to log.
    if (!m_tracker.InVisit()) {
        m_quiz.TakeEvents();
        return;
    }
    for (const PendingQuizEvent& pending : m_quiz.TakeEvents())
        m_log->Enqueue(
            QuizLogEntry(pending.event, m_tracker.Stamp(m_clock.NowMs(), pending.choices), pending.quizItem));
}

bool KioskApp::FlushLog(std::chrono::milliseconds timeout) {
    LogKioskEvents();
    return m_log->Flush(timeout);
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
          !m_startup.fonts.usingFallback,
          &m_atlas,
          &m_images};

    const ScreenId screen = m_state.Screen();
    BeginFullScreenWindow("##screen", palette::kBackground);
    switch (screen) {
    case ScreenId::Attract:
        DrawAttractScreen(ui, m_catalog.Highlights(), HighlightIndex(now),
                          m_strings.Get("attract.title", Lang::Zh),
                          m_stories.StoryOfTheDay(m_catalog, m_today));
        break;
    case ScreenId::Home: DrawHomeScreen(ui, choices.audience); break;
    case ScreenId::Quizzes:
        DrawQuizMenuScreen(ui,
                           {choices.audience, m_quiz.CanStart(QuizMode::Practice),
                            m_quiz.CanStart(QuizMode::SelfTest), m_quiz.Topics()},
                           m_catalog.ItemsOf(Module::Quizzes), m_state.Session().ListScroll(screen));
        break;
    case ScreenId::Stories:
    case ScreenId::Seniors:
        DrawModuleScreen(ui, ModuleOnScreen(screen)->module,
                         m_catalog.ItemsOf(ModuleOnScreen(screen)->module),
                         m_state.Session().ListScroll(screen));
        break;
    case ScreenId::Item: DrawItem(ui, now); break;
    case ScreenId::AdminPin: DrawAdminPinScreen(ui, m_admin.PadView(m_strings, choices.lang)); break;
    case ScreenId::Admin:
        DrawAdminScreen(
            ui, m_admin.View(m_strings, choices.lang,
                             {&m_catalog, m_log.get(), m_kioskId, m_notices, m_window->Description()}));
        break;
    }
    EndFullScreenWindow();
    if (m_state.IdleWarningShown(now)) DrawIdleOverlay(ui, m_state.IdleSecondsLeft(now));
}

void KioskApp::DrawItem(Ui& ui, Millis now) {
    ItemProgress* progress = m_state.Session().Item();
    if (progress && progress->quiz) {
        QuizScreenView view{progress->quiz.get(), progress, {}, {}, now};
        for (int i = 0; i < view.engine->QuestionCount(); ++i)
            view.questions.push_back(m_quiz.Find(m_catalog, view.engine->Question(i)));
        const ContentItem* set = m_catalog.FindItem(progress->itemId);
        view.title =
            set ? set->title.In(ui.lang) : ui.T("quiz." + std::string(QuizModeName(view.engine->Mode())));
        if (const std::string& topic = m_quiz.RunningTopic();
            !topic.empty() && m_strings.Has("quiz.topic." + topic))
            view.title += " · " + ui.T("quiz.topic." + topic);
        DrawQuizScreen(ui, view, progress->scrollY);
        return;
    }
    if (const ContentItem* item = m_catalog.FindItem(m_state.Item()); progress && item && item->AsStory()) {
        DrawStoryScreen(ui, m_stories.View(m_catalog, m_state, now), progress->reading);
        return;
    }
    if (const ContentItem* item = m_catalog.FindItem(m_state.Item()); progress && progress->lesson) {
        TutorialScreenView view{item, nullptr, now};
        const Tutorial* lesson = item ? item->AsTutorial() : nullptr;
        if (lesson && !lesson->next.empty()) {
            const ContentItem* next = m_catalog.FindItem(lesson->next);
            if (next && next->AsTutorial()) view.next = next;
        }
        DrawTutorialScreen(ui, view, *progress);
        return;
    }
    float noProgress = 0; // an item screen always has its progress; this keeps a slip harmless
    DrawItemScreen(ui, m_catalog.FindItem(m_state.Item()), progress ? progress->scrollY : noProgress);
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
    case UiAction::Kind::PinKey: m_admin.Key(action.digit); break;
    case UiAction::Kind::PinDelete: m_admin.Delete(); break;
    case UiAction::Kind::PinSubmit: m_admin.Submit(); break;
    case UiAction::Kind::LeaveAdmin: m_state.LeaveAdmin(now); break;
    case UiAction::Kind::ReloadContent: m_admin.StartReload(Today()); break;
    case UiAction::Kind::QuitKiosk: m_quit = true; break;
    case UiAction::Kind::StartQuiz:
        m_quiz.Start(m_state, action.quizMode, action.item, action.topic, now);
        break;
    case UiAction::Kind::QuizChoose: m_quiz.Choose(m_state, action.index, now); break;
    case UiAction::Kind::QuizSubmit: m_quiz.Submit(m_state, now); break;
    case UiAction::Kind::QuizNext: m_quiz.Next(m_state, now); break;
    case UiAction::Kind::QuizRetry: m_quiz.Retry(m_state, now); break;
    case UiAction::Kind::StartRelatedQuiz:
        m_stories.StartRelatedQuiz(m_state, m_quiz, m_catalog, action.item, now);
        break;
    case UiAction::Kind::PhoneTouch: m_tutorials.Touch(m_state, action.phone, now); break;
    case UiAction::Kind::LessonJudge: m_tutorials.Judge(m_state, action.index == 1, now); break;
    case UiAction::Kind::LessonContinue: m_tutorials.Continue(m_state, now); break;
    case UiAction::Kind::LessonBack: m_tutorials.StepBack(m_state, now); break;
    case UiAction::Kind::LessonDemo: m_tutorials.Demo(m_state, now); break;
    case UiAction::Kind::LessonRestart: m_state.OpenItem(m_state.Item(), now); break;
    case UiAction::Kind::OpenLesson: m_state.OpenItem(action.item, now); break;
    case UiAction::Kind::OpenStory:
        // The story of the day's card on the attract screen: a visit that starts in the story, with
        // 返回 leading to the stories and home as any other visit.
        m_state.StartVisit(now);
        m_state.Open(ScreenId::Stories, now);
        m_state.OpenItem(action.item, now);
        break;
    }
}

std::string KioskApp::Screenshot(const std::string& file) {
    m_pendingScreenshot = file;
    m_screenshotError.clear();
    RenderFrames(1);
    return m_screenshotError;
}

} // namespace kepu
