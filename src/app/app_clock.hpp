// The app's clock: the real monotonic and wall clocks, each plus an offset that test scripts move
// ("advance" moves both, so scripts cross midnight; "set-clock" steps the wall clock alone, as network
// time does when it arrives after boot).
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
    std::int64_t UtcMs() const override { return RealUtcMs() + m_wallOffset; }
    void Advance(Millis ms) {
        m_offset += ms;
        m_wallOffset += ms;
    }
    void SetUtc(std::int64_t utcMs) { m_wallOffset = utcMs - RealUtcMs(); }

  private:
    static std::int64_t RealUtcMs() {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }

    std::chrono::steady_clock::time_point m_start;
    Millis m_offset = 0;
    std::int64_t m_wallOffset = 0;
};

} // namespace kepu
