// Phone-like scrolling: the finger is followed exactly, a flick glides on and slows, a resting finger
// does not flick, the ends stop everything.
#include "core/flick_scroll.hpp"

#include <catch2/catch.hpp>

using namespace kepu;

namespace {
// A finger moving from y0 to y1 over ms, one sample per 16 ms frame, starting at t.
Millis Drag(FlickScroll& s, Millis t, float y0, float y1, Millis ms, float maxOffset) {
    s.Press(t, y0);
    for (Millis dt = 16; dt <= ms; dt += 16) {
        s.Move(t + dt, y0 + (y1 - y0) * static_cast<float>(dt) / static_cast<float>(ms));
        s.Update(t + dt, maxOffset);
    }
    s.Move(t + ms, y1);
    s.Update(t + ms, maxOffset);
    return t + ms;
}
} // namespace

TEST_CASE("flick scroll: the content follows the finger exactly while it is down") {
    FlickScroll s;
    s.Update(0, 5000);
    s.Press(0, 800);
    s.Move(16, 790);
    CHECK(s.Offset() == Approx(10));
    s.Move(32, 600);
    CHECK(s.Offset() == Approx(200));
    s.Move(48, 700); // back down: the text comes back
    CHECK(s.Offset() == Approx(100));
    CHECK(s.Travel() == Approx(200)); // the furthest the finger went: a drag, even back near the start
    CHECK(s.Held());
    CHECK_FALSE(s.Gliding());
}

TEST_CASE("flick scroll: a flick glides on, slowing down, and comes to rest") {
    FlickScroll s;
    s.Update(0, 100000);
    const Millis up = Drag(s, 0, 900, 700, 96, 100000); // 200 px in 96 ms: about 2 px/ms upwards
    const float atRelease = s.Offset();
    CHECK(atRelease == Approx(200));
    s.Release(up);
    REQUIRE(s.Gliding());
    CHECK(s.Velocity() == Approx(2.08).epsilon(0.05));
    // Moving on, each frame a little less far than the one before.
    float previous = atRelease, previousStep = 1e9f;
    for (Millis t = up + 16; t < up + 400; t += 16) {
        s.Update(t, 100000);
        const float step = s.Offset() - previous;
        CHECK(step > 0);
        CHECK(step < previousStep);
        previous = s.Offset(), previousStep = step;
    }
    // It settles near start + v * tau and stops.
    s.Update(up + 5000, 100000);
    CHECK_FALSE(s.Gliding());
    CHECK(s.Offset() == Approx(atRelease + 2.08 * FlickScroll::kGlideTauMs).epsilon(0.05));
    const float rest = s.Offset();
    s.Update(up + 6000, 100000);
    CHECK(s.Offset() == rest);
}

TEST_CASE("flick scroll: a finger that rests before lifting does not flick") {
    FlickScroll s;
    s.Update(0, 5000);
    const Millis up = Drag(s, 0, 900, 600, 150, 5000);
    s.Update(up + 200, 5000); // the finger stays still for 200 ms
    s.Release(up + 200);
    CHECK_FALSE(s.Gliding());
    CHECK(s.Offset() == Approx(300));
}

TEST_CASE("flick scroll: the ends stop a drag and a glide") {
    FlickScroll s;
    s.Update(0, 1000);
    Drag(s, 0, 200, 900, 100, 1000); // pulling down at the top: stays at 0
    CHECK(s.Offset() == 0);
    s.Release(100);
    s.Update(300, 1000);
    CHECK(s.Offset() == 0);
    CHECK_FALSE(s.Gliding());

    const Millis up = Drag(s, 1000, 900, 300, 80, 1000); // a hard flick towards the end
    s.Release(up);
    REQUIRE(s.Gliding());
    s.Update(up + 2000, 1000);
    CHECK(s.Offset() == 1000);
    CHECK_FALSE(s.Gliding());
    CHECK(s.Velocity() == 0);
}

TEST_CASE("flick scroll: a touch stops a glide where it is; SetOffset jumps") {
    FlickScroll s;
    s.Update(0, 100000);
    const Millis up = Drag(s, 0, 900, 500, 100, 100000);
    s.Release(up);
    s.Update(up + 100, 100000);
    const float caught = s.Offset();
    s.Press(up + 100, 500);
    CHECK_FALSE(s.Gliding());
    s.Update(up + 500, 100000);
    CHECK(s.Offset() == caught);
    s.Release(up + 500);
    s.SetOffset(1234);
    s.Update(up + 600, 100000);
    CHECK(s.Offset() == 1234);
    s.SetOffset(-50);
    CHECK(s.Offset() == 0);
}
