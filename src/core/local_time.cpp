// Local time in Zhongwei (UTC+8, no daylight saving).
#include "core/local_time.hpp"

#include <cstdio>

namespace kepu {
namespace {

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
std::int64_t DaysFromCivil(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

std::int64_t LocalDayNumber(std::int64_t utcMs) {
    return FloorDiv(utcMs + kShanghaiOffsetMs, kDayMs);
}

std::optional<std::int64_t> DayNumberOfDate(std::string_view date) {
    int year = 0, month = 0, day = 0, used = 0;
    const std::string s(date);
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &year, &month, &day, &used) != 3 || used != 10 ||
        s.size() != 10 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const std::int64_t days = DaysFromCivil(year, month, day);
    if (LocalDateShanghai(days * kDayMs) != s) return std::nullopt; // 2026-02-30
    return days;
}

std::string LocalDateShanghai(std::int64_t utcMs) {
    std::int64_t days = LocalDayNumber(utcMs);
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

std::int64_t NextLocalMidnightUtc(std::int64_t utcMs) {
    const std::int64_t localDay = FloorDiv(utcMs + kShanghaiOffsetMs, kDayMs);
    return (localDay + 1) * kDayMs - kShanghaiOffsetMs;
}

std::optional<std::int64_t> ParseLocalDateTime(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, used = 0;
    const std::string s(text);
    char sep = 0;
    const int n = std::sscanf(s.c_str(), "%4d-%2d-%2d%c%2d:%2d%n:%2d%n", &year, &month, &day, &sep, &hour,
                              &minute, &used, &second, &used);
    if (n < 6 || (sep != 'T' && sep != ' ') || static_cast<std::size_t>(used) != s.size())
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || hour < 0 ||
        minute < 0 || second < 0)
        return std::nullopt;
    const std::optional<std::int64_t> days = DayNumberOfDate(s.substr(0, 10));
    if (!days) return std::nullopt;
    return *days * kDayMs + ((hour * 60LL + minute) * 60 + second) * 1000 - kShanghaiOffsetMs;
}

std::int64_t WallClockWatch::Check(const Clock& clock, std::int64_t toleranceMs) {
    const std::int64_t offset = clock.UtcMs() - clock.NowMs();
    const std::int64_t step = offset - m_offset;
    if (step > toleranceMs || step < -toleranceMs) {
        m_offset = offset;
        return step;
    }
    return 0;
}

} // namespace kepu
