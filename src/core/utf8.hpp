// UTF-8 decoding helpers shared by line breaking and glyph collection.
#pragma once
#include <cstddef>
#include <string_view>

namespace kepu {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at text[pos] and advances pos past it. Invalid or truncated
// sequences yield U+FFFD and advance by one byte, so a broken file never stalls a loop.
char32_t NextCodePoint(std::string_view text, std::size_t& pos);

// True for ideographs and kana/hangul: scripts that may break between any two characters.
bool IsCjkIdeographic(char32_t cp);

} // namespace kepu
