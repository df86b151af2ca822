// The visitor state machine: navigation, idle reset clearing everything, admin gate.
#include "core/kiosk_state.hpp"
#include "core/participation.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

TEST_CASE("a visit: attract, home, a module, back, home") {
    KioskState state({});
    CHECK(state.Screen() == ScreenId::Attract);
    CHECK_FALSE(state.InVisit());
    state.StartVisit(0);
    CHECK(state.Screen() == ScreenId::Home);
    CHECK(state.InVisit());
    state.Open(ScreenId::Quizzes, 100);
    CHECK(state.Screen() == ScreenId::Quizzes);
    state.Back(200);
    CHECK(state.Screen() == ScreenId::Home);
    state.Open(ScreenId::Stories, 300);
    state.GoHome(400);
    CHECK(state.Screen() == ScreenId::Home);
    CHECK_FALSE(state.CanGoBack());
    // Back on home ends the visit.
    state.Back(500);
    CHECK(state.Screen() == ScreenId::Attract);
    CHECK_FALSE(state.InVisit());
    const auto events = state.TakeEvents();
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().kind == KioskEvent::Kind::VisitStarted);
    bool ended = false;
    for (const auto& e : events)
        if (e.kind == KioskEvent::Kind::VisitEnded) {
            ended = true;
            CHECK(e.endReason == EndReason::Home);
            CHECK(e.at == 500);
        }
    CHECK(ended);
}

TEST_CASE("idle: warning after 60 s, reset after 20 more, all visitor state cleared") {
    KioskState state({});
    state.StartVisit(0);
    state.SetLang(Lang::En);
    state.SetAudience(Audience::Farmer);
    state.Open(ScreenId::Seniors, 1'000);
    state.OnTouch(1'000);
    CHECK_FALSE(state.Update(60'999));
    CHECK_FALSE(state.IdleWarningShown(60'999));
    CHECK(state.IdleWarningShown(61'000));
    CHECK(state.IdleSecondsLeft(61'000) == 20);
    CHECK_FALSE(state.Update(80'999));
    CHECK(state.Update(81'000));
    CHECK(state.Screen() == ScreenId::Attract);
    CHECK(state.Choices().lang == Lang::Zh);
    CHECK(state.Choices().audience == Audience::Unspecified);
    CHECK(state.Choices().textSize == TextSize::Normal);
    CHECK_FALSE(state.InVisit());
    const auto events = state.TakeEvents();
    bool endedIdle = false;
    for (const auto& e : events)
        if (e.kind == KioskEvent::Kind::VisitEnded) {
            endedIdle = e.endReason == EndReason::Idle;
            CHECK(e.choices.audience == Audience::Farmer); // the ended visit keeps what was chosen
        }
    CHECK(endedIdle);
}

TEST_CASE("a touch during the warning continues the visit") {
    KioskState state({});
    state.StartVisit(0);
    CHECK(state.IdleWarningShown(65'000));
    state.OnTouch(65'000);
    CHECK_FALSE(state.IdleWarningShown(65'001));
    CHECK_FALSE(state.Update(85'000));
    CHECK(state.Screen() == ScreenId::Home);
}

TEST_CASE("large text doubles the quiet spell to 120 s, and resets with the visit") {
    KioskState state({});
    state.StartVisit(0);
    state.SetTextSize(TextSize::Large);
    CHECK_FALSE(state.IdleWarningShown(100'000));
    CHECK(state.IdleWarningShown(120'000));
    CHECK(state.Update(140'000));
    state.StartVisit(150'000);
    CHECK(state.Choices().textSize == TextSize::Normal);
    CHECK(state.IdleWarningShown(210'000));
}

TEST_CASE("admin: PIN pad from any screen, unlocking ends the visit, leaving returns to attract") {
    KioskState state({});
    state.StartVisit(0);
    state.Open(ScreenId::Quizzes, 10);
    state.OpenAdminPin(20);
    CHECK(state.Screen() == ScreenId::AdminPin);
    state.Back(30); // staff changed their mind
    CHECK(state.Screen() == ScreenId::Quizzes);
    state.OpenAdminPin(40);
    state.AdminUnlocked(50);
    CHECK(state.Screen() == ScreenId::Admin);
    CHECK_FALSE(state.InVisit());
    state.TakeEvents();
    state.LeaveAdmin(60);
    CHECK(state.Screen() == ScreenId::Attract);
}

TEST_CASE("an admin screen left alone returns to attract") {
    KioskState state({});
    state.OpenAdminPin(0);
    state.AdminUnlocked(1'000);
    CHECK(state.Update(81'000));
    CHECK(state.Screen() == ScreenId::Attract);
}

TEST_CASE("screen ids round-trip") {
    for (ScreenId id : {ScreenId::Attract, ScreenId::Home, ScreenId::Quizzes, ScreenId::Stories,
                        ScreenId::Seniors, ScreenId::AdminPin, ScreenId::Admin})
        CHECK(ParseScreenId(ScreenIdName(id)) == id);
    CHECK_FALSE(ParseScreenId("nowhere"));
}

TEST_CASE("participation: the Asia/Shanghai date a moment counts towards") {
    // 2026-11-29T16:00:00Z is midnight in Zhongwei.
    const std::int64_t midnight = 1'795'968'000'000;
    CHECK(LocalDateShanghai(midnight) == "2026-11-30");
    CHECK(LocalDateShanghai(midnight - 1) == "2026-11-29");
    CHECK(LocalDateShanghai(0) == "1970-01-01");
    CHECK(LocalDateShanghai(951'782'400'000 - 8LL * 3600 * 1000) == "2000-02-29"); // a leap day
}

TEST_CASE("participation: a visit becomes log entries with module dwell times") {
    KioskState state({});
    ManualClock clock(0, 1'795'968'000'000); // app time 0 = midnight in Zhongwei
    VisitTracker tracker(1, clock);
    std::vector<LogEvent> log;
    const auto drain = [&] {
        for (const auto& e : state.TakeEvents())
            for (auto& entry : tracker.Track(e))
                log.push_back(entry);
    };
    const auto at = [&](Millis t) {
        clock.Advance(t - clock.NowMs());
        return t;
    };
    const auto touch = [&](Millis t) {
        state.OnTouch(at(t));
        return t;
    }; // as the app does for every touch
    state.StartVisit(touch(1'000));
    state.SetAudience(Audience::Senior);
    state.Open(ScreenId::Seniors, touch(5'000));
    drain();
    state.OpenItem("tutorial-video-call", touch(6'000));
    drain();
    state.Back(touch(36'000)); // back to the module screen: the item closes, the module visit goes on
    drain();
    state.GoHome(touch(37'000));
    drain();
    state.Update(at(200'000)); // walked away
    drain();

    std::vector<std::string> kinds;
    for (const auto& e : log)
        kinds.emplace_back(LogKindName(e.kind));
    CHECK(kinds == std::vector<std::string>{"visit_started", "module_entered", "item_opened", "item_closed",
                                            "module_left", "visit_ended"});
    REQUIRE(log.size() == 6);
    CHECK(log[0].visit != 0);
    for (const auto& e : log)
        CHECK(e.visit == log[0].visit);
    CHECK(log[0].audience == Audience::Unspecified); // chosen after the start
    CHECK(log[1].audience == Audience::Senior);
    CHECK(log[1].module == "seniors");
    CHECK(log[3].item == "tutorial-video-call");
    CHECK(log[3].dwellMs == 30'000);
    CHECK(log[4].dwellMs == 32'000);
    CHECK(log[5].endReason == EndReason::Idle);
    CHECK(log[5].atUtcMs == 1'795'968'000'000 + 37'000); // the last touch, not the timeout 80 s later
    CHECK(log[4].atUtcMs == 1'795'968'000'000 + 37'000);
    CHECK(log[5].localDate == "2026-11-30");
    // The next visit gets a different number.
    state.StartVisit(at(300'000));
    drain();
    CHECK(log.back().visit != log[0].visit);
}
