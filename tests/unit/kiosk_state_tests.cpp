// The visitor state machine: navigation, idle reset clearing everything, admin gate.
#include "core/kiosk_state.hpp"

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
