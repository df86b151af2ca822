// The set of characters the font atlas must hold: the text actually used (interface strings and
// loaded content) plus ASCII and common Chinese punctuation. Rasterising only these keeps the atlas
// small enough for the GPU and memory (the full CJK range at kiosk sizes would not fit).
#pragma once
#include <cstdint>
#include <set>
#include <string_view>
#include <vector>

namespace kepu {

class GlyphSet {
  public:
    // Starts with ASCII, CJK punctuation, full-width forms and the symbols the UI draws, unless
    // withBasics is false (a size that draws only a few known characters).
    explicit GlyphSet(bool withBasics = true);
    void AddText(std::string_view utf8);
    bool Contains(char32_t cp) const { return m_codePoints.count(cp) != 0; }
    std::size_t Size() const { return m_codePoints.size(); }
    // Inclusive [first, last] pairs, merged, ascending; code points above maxCodePoint are dropped.
    std::vector<std::pair<char32_t, char32_t>> Ranges(char32_t maxCodePoint = 0xFFFF) const;

  private:
    std::set<char32_t> m_codePoints;
};

} // namespace kepu
