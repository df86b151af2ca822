// Colours and WCAG 2.2 contrast: the theme's text/background pairs are checked by tests.
#pragma once
#include <cstdint>

namespace kepu {

struct Rgb {
    std::uint8_t r, g, b;
};

constexpr Rgb HexColor(std::uint32_t hex) {
    return Rgb{static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>(hex >> 8),
               static_cast<std::uint8_t>(hex)};
}

double RelativeLuminance(Rgb c);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) to 21 (black on white).
double ContrastRatio(Rgb a, Rgb b);

} // namespace kepu
