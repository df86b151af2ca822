// Local time in Zhongwei. China keeps one time zone (UTC+8) without daylight saving, so the local
// date is the UTC date eight hours on: no tz database is needed, and a kiosk whose system time zone
// was never set still counts its visits towards the right day.
#pragma once
#include "core/clock.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kepu {

inline constexpr std::int64_t kShanghaiOffsetMs = 8LL * 3600 * 1000;
inline constexpr std::int64_t kDayMs = 86'400'000;

// The Asia/Shanghai date a moment counts towards, "2026-11-29".
std::string LocalDateShanghai(std::int64_t utcMs);
// The Asia/Shanghai day a moment counts towards, as days since 1970-01-01 (the log stores this).
std::int64_t LocalDayNumber(std::int64_t utcMs);
// Days since 1970-01-01 of a "YYYY-MM-DD" date; nullopt when it is not a real date.
std::optional<std::int64_t> DayNumberOfDate(std::string_view date);
// The first local midnight strictly after utcMs, as UTC milliseconds.
std::int64_t NextLocalMidnightUtc(std::int64_t utcMs);
// "2026-11-29T23:59:30" (or "2026-11-29 23:59:30", seconds optional) in Zhongwei's local time, as UTC
// milliseconds; nullopt when it is not such a date and time.
std::optional<std::int64_t> ParseLocalDateTime(std::string_view text);

// Notices when the wall clock is set (a jump between the two readings of the clock), so the kiosk can
// re-check the date at once and say so in its log rather than count a day wrongly.
class WallClockWatch {
  public:
    explicit WallClockWatch(const Clock& clock) : m_offset(clock.UtcMs() - clock.NowMs()) {}
    // Returns the size of the step (ms, signed) when the wall clock moved by more than toleranceMs
    // against monotonic time since the last call, else 0.
    std::int64_t Check(const Clock& clock, std::int64_t toleranceMs = 2'000);

  private:
    std::int64_t m_offset;
};

} // namespace kepu
