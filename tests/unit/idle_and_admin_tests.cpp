// The walk-away timer, the hidden corner gesture and the PIN lockout.
#include "core/admin_gate.hpp"
#include "core/idle_timer.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

TEST_CASE("idle timer: quiet spell, countdown, expiry") {
    IdleTimer timer(60'000, 20'000);
    timer.Touch(1'000);
    CHECK(timer.Phase(60'999) == IdlePhase::Active);
    CHECK(timer.NextChangeAt(30'000) == 61'000);
    CHECK(timer.Phase(61'000) == IdlePhase::Warning);
    CHECK(timer.CountdownSecondsLeft(61'000) == 20);
    CHECK(timer.CountdownSecondsLeft(61'001) == 20);
    CHECK(timer.CountdownSecondsLeft(62'000) == 19);
    CHECK(timer.NextChangeAt(61'500) == 62'000);
    CHECK(timer.Phase(80'999) == IdlePhase::Warning);
    CHECK(timer.Phase(81'000) == IdlePhase::Expired);
    timer.Touch(70'000); // a touch on the overlay: still here
    CHECK(timer.Phase(81'000) == IdlePhase::Active);
}

TEST_CASE("five taps within 3 s in the corner open the PIN pad") {
    CornerTapDetector corner(120);
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(corner.OnTouchDown(10, 10, i * 500));
    CHECK(corner.OnTouchDown(119, 119, 2'000));
    // The gesture restarts after success.
    CHECK_FALSE(corner.OnTouchDown(10, 10, 2'100));
}

TEST_CASE("corner taps spread over more than 3 s do not count") {
    CornerTapDetector corner(120);
    bool opened = false;
    for (int i = 0; i < 5; ++i)
        opened |= corner.OnTouchDown(5, 5, i * 800); // 0 … 3200 ms
    CHECK_FALSE(opened);
}

TEST_CASE("a touch outside the corner resets the count") {
    CornerTapDetector corner(120);
    for (int i = 0; i < 4; ++i)
        corner.OnTouchDown(5, 5, i * 100);
    CHECK_FALSE(corner.OnTouchDown(500, 500, 450));
    CHECK_FALSE(corner.OnTouchDown(5, 5, 500));
    CHECK_FALSE(corner.InCorner(120, 5));
}

TEST_CASE("PIN lockout: 5 wrong, 60 s lock, doubling") {
    PinLockout lockout;
    for (int i = 0; i < 4; ++i)
        lockout.RecordFailure(0);
    CHECK(lockout.AttemptsLeft(0) == 1);
    CHECK_FALSE(lockout.IsLocked(0));
    lockout.RecordFailure(1'000);
    CHECK(lockout.IsLocked(1'000));
    CHECK(lockout.SecondsLeft(1'000) == 60);
    CHECK(lockout.IsLocked(60'999));
    CHECK_FALSE(lockout.IsLocked(61'000));
    CHECK(lockout.AttemptsLeft(61'000) == 5);
    for (int i = 0; i < 5; ++i)
        lockout.RecordFailure(70'000);
    CHECK(lockout.SecondsLeft(70'000) == 120); // doubled
    for (int i = 0; i < 5; ++i)
        lockout.RecordFailure(300'000);
    CHECK(lockout.SecondsLeft(300'000) == 240);
    lockout.RecordSuccess();
    CHECK_FALSE(lockout.IsLocked(300'000));
    for (int i = 0; i < 5; ++i)
        lockout.RecordFailure(400'000);
    CHECK(lockout.SecondsLeft(400'000) == 60); // a correct PIN resets the doubling
}

TEST_CASE("failures during a lock do not extend it") {
    PinLockout lockout;
    for (int i = 0; i < 5; ++i)
        lockout.RecordFailure(0);
    lockout.RecordFailure(10'000);
    CHECK(lockout.SecondsLeft(10'000) == 50);
}

TEST_CASE("PIN lockout survives a restart") {
    PinLockout before;
    for (int i = 0; i < 5; ++i)
        before.RecordFailure(1'000);
    for (int i = 0; i < 5; ++i)
        before.RecordFailure(70'000); // second lock: 120 s
    const auto saved = before.Save();
    PinLockout after;
    after.Restore(saved, 80'000);
    CHECK(after.IsLocked(80'000));
    CHECK(after.SecondsLeft(80'000) == 110);
    for (int i = 0; i < 5; ++i)
        after.RecordFailure(200'000);
    CHECK(after.SecondsLeft(200'000) == 240); // the doubling goes on
    PinLockout clockSetBack;
    clockSetBack.Restore({0, 1, 900'000'000'000}, 0);
    CHECK(clockSetBack.SecondsLeft(0) == 60 * 1024); // at most the longest lock
}
