// Time as the core sees it: milliseconds from an injected clock, so tests control every timer.
#pragma once
#include <cstdint>

namespace kepu {

using Millis = std::int64_t;

class Clock {
  public:
    virtual ~Clock() = default;
    virtual Millis NowMs() const = 0;
};

// A clock that only moves when told to. Tests and the script player's `advance` use it.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Millis start = 0) : m_now(start) {}
    Millis NowMs() const override { return m_now; }
    void Advance(Millis ms) { m_now += ms; }

  private:
    Millis m_now;
};

} // namespace kepu
