// The walk-away timer: after a quiet spell the kiosk asks "还在吗？" with a countdown, then resets.
#pragma once
#include "core/clock.hpp"

namespace kepu {

enum class IdlePhase { Active, Warning, Expired };

class IdleTimer {
  public:
    IdleTimer(Millis quietMs, Millis countdownMs) : m_quietMs(quietMs), m_countdownMs(countdownMs) {}

    // Any touch counts as presence, including one on the warning overlay.
    void Touch(Millis now) { m_lastTouch = now; }
    void SetQuietMs(Millis quietMs) { m_quietMs = quietMs; }
    Millis LastTouch() const { return m_lastTouch; }

    IdlePhase Phase(Millis now) const;
    // Whole seconds left on the warning countdown, rounded up (20, 19, … 1).
    int CountdownSecondsLeft(Millis now) const;
    // The moment the countdown runs out (the visit ends then, even if noticed later).
    Millis ExpiresAt() const { return m_lastTouch + m_quietMs + m_countdownMs; }
    // When the phase or the shown countdown next changes; the frame loop sleeps until then.
    Millis NextChangeAt(Millis now) const;

  private:
    Millis m_quietMs;
    Millis m_countdownMs;
    Millis m_lastTouch = 0;
};

} // namespace kepu
