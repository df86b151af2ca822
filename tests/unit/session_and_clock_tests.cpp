// The visitor session (nothing of one visitor reaches the next), the two-reading clock and local
// midnight, the PIN pad state machine with its saved lockout, visit end times, and background jobs.
#include "core/job.hpp"
#include "core/kiosk_state.hpp"
#include "core/local_time.hpp"
#include "core/participation.hpp"
#include "core/pin_pad.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <stdexcept>
#include <thread>

using namespace kepu;

namespace {
constexpr std::int64_t kMidnight = 1'795'968'000'000; // 2026-11-30 00:00 in Zhongwei

std::vector<LogEvent> Drain(KioskState& state, VisitTracker& tracker) {
    std::vector<LogEvent> out;
    for (const auto& e : state.TakeEvents())
        for (auto& entry : tracker.Track(e))
            out.push_back(entry);
    return out;
}

const LogEvent* Find(const std::vector<LogEvent>& log, LogKind kind) {
    for (const auto& e : log)
        if (e.kind == kind) return &e;
    return nullptr;
}
} // namespace

TEST_CASE("session: an item in progress dies with the visitor who walked away") {
    KioskState state({});
    state.StartVisit(0);
    state.SetLang(Lang::En);
    state.SetTextSize(TextSize::Large);
    state.SetAudience(Audience::Student);
    state.Open(ScreenId::Stories, 1'000);
    state.Session().ListScroll(ScreenId::Stories) = 640;
    state.OpenItem("story-qian-xuesen", 2'000);
    REQUIRE(state.Session().Item() != nullptr);
    state.Session().Item()->scrollY = 1'200;
    state.Session().Item()->step = 3;
    state.OnTouch(2'000);
    CHECK(state.Update(2'000 + 120'000 + 20'000)); // large text: 120 s, then the countdown
    CHECK(state.Screen() == ScreenId::Attract);

    state.StartVisit(200'000); // the next visitor
    const VisitorSession& next = state.Session();
    CHECK(next.Item() == nullptr);
    CHECK(state.Item().empty());
    CHECK(next.ListScrollOf(ScreenId::Stories) == 0);
    CHECK(next.Choices().lang == Lang::Zh);
    CHECK(next.Choices().textSize == TextSize::Normal);
    CHECK(next.Choices().audience == Audience::Unspecified);
}

TEST_CASE("session: 首页 ends the item and the list positions, the visitor's choices stay") {
    KioskState state({});
    state.StartVisit(0);
    state.SetLang(Lang::En);
    state.Open(ScreenId::Quizzes, 10);
    state.Session().ListScroll(ScreenId::Quizzes) = 300;
    state.OpenItem("quiz-desert", 20);
    state.Session().Item()->step = 4;
    state.Back(30); // back to the list: the item closes, the list keeps its place
    CHECK(state.Session().Item() == nullptr);
    CHECK(state.Session().ListScrollOf(ScreenId::Quizzes) == 300);
    state.OpenItem("quiz-desert", 40);
    CHECK(state.Session().Item()->step == 0); // opened afresh
    state.GoHome(50);
    CHECK(state.Session().Item() == nullptr);
    CHECK(state.Session().ListScrollOf(ScreenId::Quizzes) == 0);
    CHECK(state.Choices().lang == Lang::En);
}

TEST_CASE("visits: dwell and the visit end at the last touch, not at the walk-away timeout") {
    KioskState state({});
    ManualClock clock(0, kMidnight);
    VisitTracker tracker(7, clock);
    state.StartVisit(0);
    state.OnTouch(0);
    state.Open(ScreenId::Quizzes, 1'000);
    state.OnTouch(1'000);
    state.OpenItem("quiz-desert", 2'000);
    state.OnTouch(3'000); // the visitor's last touch, 2 s into the module
    clock.Advance(83'000);
    CHECK(state.Update(83'000));
    const auto log = Drain(state, tracker);
    const LogEvent* module = Find(log, LogKind::ModuleLeft);
    const LogEvent* item = Find(log, LogKind::ItemClosed);
    const LogEvent* end = Find(log, LogKind::VisitEnded);
    REQUIRE(module);
    REQUIRE(item);
    REQUIRE(end);
    CHECK(module->dwellMs == 2'000);
    CHECK(item->dwellMs == 1'000);
    CHECK(end->endReason == EndReason::Idle);
    CHECK(end->atUtcMs == kMidnight + 3'000);
}

TEST_CASE("visits: a kiosk stopped mid-visit ends the visit with reason shutdown") {
    KioskState state({});
    ManualClock clock(0, kMidnight);
    VisitTracker tracker(7, clock);
    state.StartVisit(0);
    state.Open(ScreenId::Seniors, 500);
    clock.Advance(4'000);
    state.EndVisit(EndReason::Shutdown, 4'000);
    const auto log = Drain(state, tracker);
    const LogEvent* end = Find(log, LogKind::VisitEnded);
    REQUIRE(end);
    CHECK(end->endReason == EndReason::Shutdown);
    CHECK(EndReasonName(EndReason::Shutdown) == "shutdown");
    REQUIRE(Find(log, LogKind::ModuleLeft));
    CHECK(Find(log, LogKind::ModuleLeft)->dwellMs == 3'500);
}

TEST_CASE("clock: timestamps follow a wall-clock step, durations do not") {
    // Booted without a clock battery: the wall clock says 1970 until network time arrives.
    ManualClock clock(0, 5'000);
    KioskState state({});
    VisitTracker tracker(3, clock);
    state.StartVisit(0);
    state.Open(ScreenId::Quizzes, 0);
    auto log = Drain(state, tracker);
    CHECK(log.front().localDate == "1970-01-01");
    clock.Advance(10'000);
    clock.SetUtc(kMidnight + 60'000); // network time arrives
    state.GoHome(10'000);
    log = Drain(state, tracker);
    const LogEvent* module = Find(log, LogKind::ModuleLeft);
    REQUIRE(module);
    CHECK(module->dwellMs == 10'000); // monotonic, unaffected by the step
    CHECK(module->atUtcMs == kMidnight + 60'000);
    CHECK(module->localDate == "2026-11-30");

    WallClockWatch watch(ManualClock(0, 0));
    ManualClock later(1'000, 1'000);
    CHECK(watch.Check(later) == 0); // time passing is no step
    later.SetUtc(kMidnight);
    CHECK(watch.Check(later) == kMidnight - 1'000);
    CHECK(watch.Check(later) == 0); // reported once
}

TEST_CASE("local time: midnight in Zhongwei and written dates") {
    CHECK(NextLocalMidnightUtc(kMidnight - 1) == kMidnight);
    CHECK(NextLocalMidnightUtc(kMidnight) == kMidnight + kDayMs);
    CHECK(NextLocalMidnightUtc(0) == 16LL * 3600 * 1000); // 1970-01-01 08:00 local, midnight 16 h on
    CHECK(ParseLocalDateTime("2026-11-30 00:00:00") == kMidnight);
    CHECK(ParseLocalDateTime("2026-11-30T00:00") == kMidnight);
    CHECK(ParseLocalDateTime("2026-11-29 23:59:30") == kMidnight - 30'000);
    CHECK(ParseLocalDateTime("2024-02-29 12:00") == ParseLocalDateTime("2024-02-28 12:00").value() + kDayMs);
    CHECK_FALSE(ParseLocalDateTime("2026-02-30 00:00"));
    CHECK_FALSE(ParseLocalDateTime("2026-11-30"));
    CHECK_FALSE(ParseLocalDateTime("2026-11-30 24:00"));
    CHECK_FALSE(ParseLocalDateTime("2026-11-30 10:00 tomorrow"));
    CHECK(DayNumberOfDate("1970-01-01") == 0);
    CHECK(DayNumberOfDate("2026-11-30") == kMidnight / kDayMs + 1); // kMidnight is 16:00 UTC the day before
    CHECK(LocalDayNumber(kMidnight) == *DayNumberOfDate("2026-11-30"));
    CHECK(LocalDayNumber(kMidnight - 1) == *DayNumberOfDate("2026-11-29"));
    CHECK_FALSE(DayNumberOfDate("2026-02-29"));
    CHECK_FALSE(DayNumberOfDate("2026-11-3"));
    CHECK_FALSE(DayNumberOfDate("2026-11-30x"));
}

TEST_CASE("PIN pad: wrong PINs short of a lock survive a restart") {
    ManualClock before(50'000, kMidnight);
    PinPad pad;
    pad.Open(true);
    for (int i = 0; i < 4; ++i) {
        for (char c : std::string("1111"))
            pad.Key(c);
        REQUIRE(pad.Submit(before.NowMs()) == std::optional<std::string>("1111"));
        CHECK_FALSE(pad.Finish(PinVerdict::Wrong, before.NowMs()));
    }
    CHECK(pad.Look(before.NowMs()).triesLeft == 1);
    const SavedLockout saved = pad.SaveLockout(before);
    CHECK(saved.failures == 4);
    CHECK(saved.lockedUntilUtcMs == 0);

    ManualClock after(3'000, kMidnight + 600'000); // restarted ten minutes later
    PinPad restarted;
    restarted.RestoreLockout(saved, after);
    restarted.Open(true);
    for (char c : std::string("1111"))
        restarted.Key(c);
    REQUIRE(restarted.Submit(after.NowMs()));
    restarted.Finish(PinVerdict::Wrong, after.NowMs());
    CHECK(restarted.Look(after.NowMs()).locked); // the fifth wrong PIN locks: no guesses were bought
}

TEST_CASE("PIN pad: a lock in force survives a restart, and the right PIN waits for it") {
    ManualClock before(0, kMidnight);
    PinPad pad;
    pad.Open(true);
    for (int i = 0; i < 5; ++i) {
        for (char c : std::string("1111"))
            pad.Key(c);
        REQUIRE(pad.Submit(0));
        pad.Finish(PinVerdict::Wrong, 0);
    }
    REQUIRE(pad.Look(0).locked);
    const SavedLockout saved = pad.SaveLockout(before);
    CHECK(saved.lockedUntilUtcMs == kMidnight + 60'000);

    ManualClock after(100, kMidnight + 20'000);
    PinPad restarted;
    restarted.RestoreLockout(saved, after);
    restarted.Open(true);
    CHECK(restarted.Look(100).locked);
    CHECK(restarted.Look(100).lockSecondsLeft == 40);
    for (char c : std::string("2468"))
        restarted.Key(c);
    CHECK_FALSE(restarted.Submit(100));    // refused while locked
    CHECK(restarted.Submit(100 + 40'000)); // typed digits wait; the lock has run out
}

TEST_CASE("PIN pad: messages and the check in progress") {
    PinPad pad;
    pad.Open(false);
    for (char c : std::string("2468"))
        pad.Key(c);
    CHECK_FALSE(pad.Submit(0)); // no PIN set: nothing to check against
    pad.Open(true);
    pad.Key('1');
    pad.Key('x');
    CHECK(pad.Look(0).digitsEntered == 1);
    CHECK_FALSE(pad.Submit(0));
    CHECK(pad.Look(0).message == PinPad::Message::TooShort);
    for (char c : std::string("2345678901234"))
        pad.Key(c);
    CHECK(pad.Look(0).digitsEntered == PinPad::kMaxDigits);
    REQUIRE(pad.Submit(0));
    CHECK(pad.Checking());
    CHECK_FALSE(pad.Submit(0)); // one check at a time
    CHECK(pad.Finish(PinVerdict::Correct, 0));
    CHECK_FALSE(pad.Checking());
    pad.Key('1');
    pad.Delete();
    CHECK(pad.Look(0).digitsEntered == 0);
}

TEST_CASE("jobs: a value, an exception as an error, progress, and a wake-up at the end") {
    std::atomic<int> wakes{0};
    Job<int> job(
        [](JobProgress& progress) {
            progress.Report(0.5, "half");
            return 42;
        },
        [&] { ++wakes; });
    CHECK(job.Active());
    for (int i = 0; i < 500 && !job.Done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    REQUIRE(job.Done());
    CHECK(job.Progress()->Fraction() == 0.5);
    CHECK(job.Progress()->Note() == "half");
    auto result = job.Take();
    REQUIRE(result);
    CHECK(result->Ok());
    CHECK(*result->value == 42);
    CHECK(wakes == 2); // once for the progress, once at the end
    CHECK_FALSE(job.Active());
    CHECK_FALSE(job.Take());

    Job<std::string> failing([](JobProgress&) -> std::string { throw std::runtime_error("disk on fire"); },
                             {});
    for (int i = 0; i < 500 && !failing.Done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    auto failed = failing.Take();
    REQUIRE(failed);
    CHECK_FALSE(failed->Ok());
    CHECK(failed->error == "disk on fire");

    Job<int> odd([](JobProgress&) -> int { throw 7; }, {});
    for (int i = 0; i < 500 && !odd.Done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    CHECK(odd.Take()->error == "unknown error");
}
