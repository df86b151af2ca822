// Time as the core sees it, from an injected clock with two readings: a monotonic one for every
// duration and timer (it never jumps), and the wall clock (UTC) for every timestamp and local date.
// A kiosk without a real-time-clock battery boots at a wrong date and is corrected by network time
// later: reading the wall clock at each timestamp, never once at start, is what keeps those right.
#pragma once
#include <cstdint>

namespace kepu {

using Millis = std::int64_t;

class Clock {
  public:
    virtual ~Clock() = default;
    // Monotonic milliseconds from an arbitrary start: durations, timers, timeouts.
    virtual Millis NowMs() const = 0;
    // Wall-clock milliseconds since 1970-01-01 UTC: timestamps and dates. May jump.
    virtual std::int64_t UtcMs() const = 0;
};

// The wall-clock time of a moment given in monotonic time, by the clock's current reading: a moment
// from this frame or the last few maps exactly; across a wall-clock step the new setting wins.
inline std::int64_t UtcAt(const Clock& clock, Millis monotonicAt) {
    return clock.UtcMs() - (clock.NowMs() - monotonicAt);
}

// A clock that only moves when told to. Tests and the script player's `advance` use it.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Millis start = 0, std::int64_t utcStart = 0) : m_now(start), m_utc(utcStart) {}
    Millis NowMs() const override { return m_now; }
    std::int64_t UtcMs() const override { return m_utc; }
    // Time passes: both readings move.
    void Advance(Millis ms) {
        m_now += ms;
        m_utc += ms;
    }
    // The wall clock is set (network time arrives, staff fix the date): only it moves.
    void SetUtc(std::int64_t utcMs) { m_utc = utcMs; }

  private:
    Millis m_now;
    std::int64_t m_utc;
};

} // namespace kepu
