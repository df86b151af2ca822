// The kiosk's calm, high-contrast palette. Plain data so the contrast tests need no ImGui;
// tests/unit/theme_tests.cpp checks every text/background pair.
#pragma once
#include "core/color.hpp"

namespace kepu::palette {

inline constexpr Rgb kBackground = HexColor(0xF4F1EA);     // warm paper
inline constexpr Rgb kSurface = HexColor(0xFFFFFF);        // cards
inline constexpr Rgb kText = HexColor(0x1B2733);           // body text
inline constexpr Rgb kMutedText = HexColor(0x3F4A56);      // secondary text, still ≥ 7:1
inline constexpr Rgb kOnDark = HexColor(0xFFFFFF);         // text on the coloured buttons below
inline constexpr Rgb kQuizTile = HexColor(0x1A5280);       // deep blue
inline constexpr Rgb kStoryTile = HexColor(0x7A3B1F);      // goji-brown
inline constexpr Rgb kStoryTint = HexColor(0xF6ECE2);      // behind 想一想 and the spirit chips
inline constexpr Rgb kSeniorTile = HexColor(0x1F5A40);     // Yellow River valley green
inline constexpr Rgb kNavButton = HexColor(0x2B3A4A);      // slate: back, home, keypad
inline constexpr Rgb kPressed = HexColor(0x111A24);        // any button while pressed
inline constexpr Rgb kAccent = HexColor(0x9A5B00);         // selected chip outline, progress dots
inline constexpr Rgb kDanger = HexColor(0x8E1B1B);         // quit, errors
inline constexpr Rgb kRight = HexColor(0x145229);          // a right answer: icon, outline, words
inline constexpr Rgb kRightTint = HexColor(0xE3F2E7);      // behind a right answer
inline constexpr Rgb kWrongTint = HexColor(0xF8E6E1);      // behind a wrong choice (kDanger marks it)
inline constexpr Rgb kBorder = HexColor(0x6B7580);         // outlines of light buttons (≥ 3:1 non-text)
inline constexpr Rgb kHeroBackground = HexColor(0x14314A); // attract screen: night sky over the desert
inline constexpr Rgb kHeroText = HexColor(0xFFFFFF);
inline constexpr Rgb kHeroMuted = HexColor(0xD9E2EA);

} // namespace kepu::palette
