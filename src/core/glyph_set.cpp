// The set of characters the font atlas must hold.
#include "core/glyph_set.hpp"

#include "core/utf8.hpp"

namespace kepu {

GlyphSet::GlyphSet(bool withBasics) {
    if (!withBasics) return;
    const auto addRange = [&](char32_t first, char32_t last) {
        for (char32_t cp = first; cp <= last; ++cp)
            m_codePoints.insert(cp);
    };
    addRange(0x20, 0x7E);     // ASCII
    addRange(0x2010, 0x2027); // dashes, quotes, ellipsis
    addRange(0x3000, 0x301F); // CJK punctuation
    addRange(0xFF01, 0xFF5E); // full-width forms
    for (char32_t cp : U"·×÷°±●○■□▲△▶◀←→↑↓✓✔✕…")
        m_codePoints.insert(cp);
    m_codePoints.erase(0);
}

void GlyphSet::AddText(std::string_view utf8) {
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = NextCodePoint(utf8, pos);
        if (cp >= 0x20 && cp != kReplacementChar) m_codePoints.insert(cp);
    }
}

std::vector<std::pair<char32_t, char32_t>> GlyphSet::Ranges(char32_t maxCodePoint) const {
    std::vector<std::pair<char32_t, char32_t>> ranges;
    for (char32_t cp : m_codePoints) {
        if (cp > maxCodePoint) break;
        if (!ranges.empty() && ranges.back().second + 1 == cp)
            ranges.back().second = cp;
        else
            ranges.emplace_back(cp, cp);
    }
    return ranges;
}

} // namespace kepu
