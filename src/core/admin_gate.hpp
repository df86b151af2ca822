// The staff-only way in: a hidden five-tap gesture in the top-left corner, and the PIN lockout
// that slows down guessing (5 wrong PINs lock the pad for 60 s, doubling on each lock).
#pragma once
#include "core/clock.hpp"

#include <deque>

namespace kepu {

class CornerTapDetector {
  public:
    // cornerSize in pixels (120 at 1080p; the app scales it with the screen).
    CornerTapDetector(float cornerSize, int tapsNeeded = 5, Millis windowMs = 3000)
        : m_cornerSize(cornerSize), m_tapsNeeded(tapsNeeded), m_windowMs(windowMs) {}

    void SetCornerSize(float size) { m_cornerSize = size; }
    bool InCorner(float x, float y) const { return x >= 0 && y >= 0 && x < m_cornerSize && y < m_cornerSize; }
    // Feed every touch-down. Returns true on the tap that completes the gesture.
    bool OnTouchDown(float x, float y, Millis now);

  private:
    float m_cornerSize;
    int m_tapsNeeded;
    Millis m_windowMs;
    std::deque<Millis> m_taps;
};

class PinLockout {
  public:
    PinLockout(int attemptsPerRound = 5, Millis firstLockMs = 60'000)
        : m_attemptsPerRound(attemptsPerRound), m_firstLockMs(firstLockMs) {}

    bool IsLocked(Millis now) const { return now < m_lockedUntil; }
    int SecondsLeft(Millis now) const;
    int AttemptsLeft(Millis now);
    void RecordFailure(Millis now);
    void RecordSuccess();
    Millis LockedUntil() const { return m_lockedUntil; }

    // What survives a restart, so switching the kiosk off and on does not reset the lockout.
    struct Saved {
        int failures = 0;
        int locks = 0;
        Millis lockedUntil = 0; // in the caller's time base
    };
    Saved Save() const { return {m_failures, m_locks, m_lockedUntil}; }
    // now: the current time in the same base. A lock longer than the longest possible one (the
    // clock was set back) is cut to that.
    void Restore(const Saved& saved, Millis now);

  private:
    void ExpireLock(Millis now);

    int m_attemptsPerRound;
    Millis m_firstLockMs;
    int m_failures = 0;
    int m_locks = 0;
    Millis m_lockedUntil = 0;
};

} // namespace kepu
