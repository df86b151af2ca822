// Small value types shared across the core and the screens: screens, languages, audience groups.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kepu {

enum class ScreenId { Attract, Home, Quizzes, Stories, Seniors, Item, AdminPin, Admin };
inline constexpr std::size_t kScreenCount = 8;
enum class Lang { Zh, En };
enum class TextSize { Normal, Large };
// Why a visit ended: walked away, pressed 返回 on the home screen, staff took over, the kiosk was
// stopped (SIGTERM, the admin's 退出) with a visitor on it.
enum class EndReason { Idle, Home, Admin, Shutdown };

// The optional one-tap "我是…" choice. Unspecified when the visitor skips it.
enum class Audience { Unspecified, Student, Farmer, Worker, Senior, CivilServant, Other };
inline constexpr std::array<Audience, 6> kChoosableAudiences = {Audience::Student,      Audience::Farmer,
                                                                Audience::Worker,       Audience::Senior,
                                                                Audience::CivilServant, Audience::Other};

// Stable ids: test scripts and (later) statistics refer to these for years.
std::string_view ScreenIdName(ScreenId id);
std::optional<ScreenId> ParseScreenId(std::string_view name);
std::string_view LangCode(Lang lang);
std::optional<Lang> ParseLang(std::string_view code);
std::string_view AudienceName(Audience audience);
std::string_view EndReasonName(EndReason reason);

} // namespace kepu
