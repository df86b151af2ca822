// Line breaking for mixed Chinese/English text: Chinese breaks between characters, English at
// spaces, and the Chinese rules for punctuation (禁则) hold: no line starts with closing
// punctuation such as ，。、；：？！”）》, and none ends with opening punctuation such as “（《.
#pragma once
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace kepu {

struct LineSpan {
    std::size_t begin = 0; // byte offsets into the text, end exclusive, trailing spaces excluded
    std::size_t end = 0;
    float width = 0;
};

// advance(cp) returns the drawn width of one code point. A '\n' always breaks. A run that has no
// break opportunity and is wider than maxWidth is cut where it overflows (never an endless line).
std::vector<LineSpan> BreakLines(std::string_view text, float maxWidth,
                                 const std::function<float(char32_t)>& advance);

// The same, for text in several styles (a paragraph with bold runs): advance(byteOffset, cp) gives the
// width of the code point at that offset in its own style.
std::vector<LineSpan> BreakLines(std::string_view text, float maxWidth,
                                 const std::function<float(std::size_t byteOffset, char32_t)>& advance);

// The same lines as BreakLines (no more of them), made as even as they can be: the narrowest width
// that still gives that many lines. For short texts such as a tile's title or subtitle, so that no
// word is left alone on the last line ("Learn your phone / step by step", not "… step by / step").
std::vector<LineSpan> BreakLinesBalanced(std::string_view text, float maxWidth,
                                         const std::function<float(char32_t)>& advance);

bool IsClosingPunctuation(char32_t cp); // may not start a line
bool IsOpeningPunctuation(char32_t cp); // may not end a line

} // namespace kepu
