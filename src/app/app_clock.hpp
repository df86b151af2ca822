// The app's clock: the real monotonic and wall clocks, each plus an offset that test scripts move
// ("advance" moves both, so scripts cross midnight; "set-clock" steps the wall clock alone, as network
// time does when it arrives after boot). A script stops real time first: then only the script moves
// the clock, so a slow or busy machine cannot run a lock or an idle timer out under a test.
#pragma once
#include "core/clock.hpp"

#include <chrono>

namespace kepu {

class AppClock final : public Clock {
  public:
    explicit AppClock(std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now())
        : m_start(start) {}
    Millis NowMs() const override { return RealMs() + m_offset; }
    std::int64_t UtcMs() const override { return RealUtcMs() + m_wallOffset; }
    // From now on the clock moves only by Advance and SetUtc.
    void StopRealTime() {
        m_stoppedAt = RealMs();
        m_stoppedAtUtc = RealUtcMs();
        m_stopped = true;
    }
    void Advance(Millis ms) {
        m_offset += ms;
        m_wallOffset += ms;
    }
    void SetUtc(std::int64_t utcMs) { m_wallOffset = utcMs - RealUtcMs(); }

  private:
    Millis RealMs() const {
        if (m_stopped) return m_stoppedAt;
        const auto elapsed = std::chrono::steady_clock::now() - m_start;
        return std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
    }
    std::int64_t RealUtcMs() const {
        if (m_stopped) return m_stoppedAtUtc;
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }

    std::chrono::steady_clock::time_point m_start;
    Millis m_offset = 0;
    std::int64_t m_wallOffset = 0;
    bool m_stopped = false;
    Millis m_stoppedAt = 0;
    std::int64_t m_stoppedAtUtc = 0;
};

} // namespace kepu
