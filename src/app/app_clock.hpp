// The app's clock: real monotonic time plus an offset that test scripts move forward ("advance"),
// so idle resets and lockouts are tested without real waiting.
#pragma once
#include "core/clock.hpp"

#include <chrono>

namespace kepu {

class AppClock final : public Clock {
  public:
    explicit AppClock(std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now())
        : m_start(start) {}
    Millis NowMs() const override {
        const auto elapsed = std::chrono::steady_clock::now() - m_start;
        return std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() + m_offset;
    }
    void Advance(Millis ms) { m_offset += ms; }

  private:
    std::chrono::steady_clock::time_point m_start;
    Millis m_offset = 0;
};

} // namespace kepu
