// Touch scrolling that feels like a phone's: while the finger is down the content follows it exactly;
// let go while moving and it glides on, slowing down smoothly, and stops at either end. Pure logic on
// the app's monotonic clock, so tests and scripts drive it exactly.
#pragma once
#include "core/clock.hpp"

#include <array>

namespace kepu {

class FlickScroll {
  public:
    // The glide loses speed as exp(-t / kGlideTauMs): 325 ms is the time constant phones use (a flick
    // at 2,000 px/s carries on about 650 px and settles within about a second and a half).
    static constexpr float kGlideTauMs = 325.0f;
    // Below this speed (px per ms) the glide stops: 20 px/s is under a pixel a frame.
    static constexpr float kStopSpeed = 0.02f;
    // A release is a flick only if the finger moved in its last kFlickWindowMs; a finger that rests before
    // lifting leaves the text where it is.
    static constexpr Millis kFlickWindowMs = 100;

    // Finger down at screen y: any glide stops where it is.
    void Press(Millis now, float y);
    // The finger at y: the content moves with it, pixel for pixel (up to the ends).
    void Move(Millis now, float y);
    // Finger up: a moving finger starts a glide with its speed over the last kFlickWindowMs.
    void Release(Millis now);
    // Advances a glide to now and keeps the offset within [0, maxOffset] (a glide that reaches an
    // end stops there).
    void Update(Millis now, float maxOffset);

    float Offset() const { return m_offset; }
    // Jumps (a reflow keeping the reader's paragraph, a new item): any glide stops.
    void SetOffset(float offset);
    bool Held() const { return m_held; }
    // How far the finger has gone from where it pressed, at most (a drag, not a tap, past a few px).
    float Travel() const { return m_travel; }
    bool Gliding() const { return m_gliding; }
    // The glide's starting speed in px per ms (positive: the offset grows); 0 when not gliding.
    float Velocity() const { return m_velocity; }

  private:
    struct Sample {
        Millis at = 0;
        float y = 0;
    };
    void Record(Millis now, float y);

    float m_offset = 0;
    float m_maxOffset = 0;
    bool m_held = false;
    bool m_gliding = false;
    float m_lastY = 0;
    float m_pressY = 0;
    float m_travel = 0;
    // The glide: offset = start + v0 * tau * (1 - exp(-(t - t0) / tau)).
    Millis m_glideStart = 0;
    float m_glideFrom = 0;
    float m_velocity = 0; // at the glide's start; Velocity() reports it while gliding
    std::array<Sample, 8> m_samples{};
    int m_sampleCount = 0;
};

} // namespace kepu
