// Line breaking for mixed Chinese/English text, following the Chinese punctuation rules (禁则).
#include "core/line_break.hpp"

#include "core/utf8.hpp"

#include <string_view>

namespace kepu {
namespace {

enum class AtomClass { Space, Newline, Open, CloseCjk, CloseAscii, Cjk, Other };

struct Atom {
    std::size_t begin;
    std::size_t end;
    float width;
    AtomClass cls;
};

constexpr std::u32string_view kCjkClosing =
    U"，。、；：？！”’）》」』】〕〉〗〙〛…‥·・ー～％﹐﹑﹒﹔﹕﹖﹗︰";
constexpr std::u32string_view kAsciiClosing = U",.;:!?)]}%";
constexpr std::u32string_view kOpening = U"“‘（《「『【〔〈〖〘〚([{";

AtomClass Classify(char32_t cp) {
    if (cp == '\n') return AtomClass::Newline;
    if (cp == ' ' || cp == '\t' || cp == 0x3000) return AtomClass::Space;
    if (kOpening.find(cp) != std::u32string_view::npos) return AtomClass::Open;
    if (kCjkClosing.find(cp) != std::u32string_view::npos) return AtomClass::CloseCjk;
    if (kAsciiClosing.find(cp) != std::u32string_view::npos) return AtomClass::CloseAscii;
    if (IsCjkIdeographic(cp)) return AtomClass::Cjk;
    return AtomClass::Other;
}

// May a line end after atom a when atom b follows?
bool CanBreakBetween(AtomClass a, AtomClass b) {
    if (b == AtomClass::CloseCjk || b == AtomClass::CloseAscii || b == AtomClass::Space ||
        b == AtomClass::Newline)
        return false;
    if (a == AtomClass::Open) return false;
    if (a == AtomClass::Space || a == AtomClass::CloseCjk) return true;
    return a == AtomClass::Cjk || b == AtomClass::Cjk;
}

} // namespace

bool IsClosingPunctuation(char32_t cp) {
    const AtomClass cls = Classify(cp);
    return cls == AtomClass::CloseCjk || cls == AtomClass::CloseAscii;
}

bool IsOpeningPunctuation(char32_t cp) {
    return Classify(cp) == AtomClass::Open;
}

std::vector<LineSpan> BreakLines(std::string_view text, float maxWidth,
                                 const std::function<float(char32_t)>& advance) {
    return BreakLines(text, maxWidth, [&](std::size_t, char32_t cp) { return advance(cp); });
}

std::vector<LineSpan> BreakLines(std::string_view text, float maxWidth,
                                 const std::function<float(std::size_t, char32_t)>& advance) {
    std::vector<Atom> atoms;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t begin = pos;
        const char32_t cp = NextCodePoint(text, pos);
        const AtomClass cls = Classify(cp);
        atoms.push_back({begin, pos, cls == AtomClass::Newline ? 0.f : advance(begin, cp), cls});
    }

    std::vector<LineSpan> lines;
    std::size_t lineStart = 0; // atom index
    const auto skipSpaces = [&](std::size_t i) {
        while (i < atoms.size() && atoms[i].cls == AtomClass::Space)
            ++i;
        return i;
    };
    // Emits atoms [first, last) as a line, trimming trailing spaces from the width and span.
    const auto emit = [&](std::size_t first, std::size_t last) {
        while (last > first && atoms[last - 1].cls == AtomClass::Space)
            --last;
        LineSpan line;
        line.begin = first < atoms.size() ? atoms[first].begin : text.size();
        line.end = last > first ? atoms[last - 1].end : line.begin;
        for (std::size_t i = first; i < last; ++i)
            line.width += atoms[i].width;
        lines.push_back(line);
    };

    float width = 0;
    std::size_t lastBreak = 0; // atom index a line may end before; 0 = none in this line
    for (std::size_t i = 0; i < atoms.size(); ++i) {
        const Atom& atom = atoms[i];
        if (atom.cls == AtomClass::Newline) {
            emit(lineStart, i);
            lineStart = i + 1;
            width = 0;
            lastBreak = 0;
            continue;
        }
        const bool closing = atom.cls == AtomClass::CloseCjk || atom.cls == AtomClass::CloseAscii;
        const bool overflows = width + atom.width > maxWidth && atom.cls != AtomClass::Space;
        // With no proper break in the line, closing punctuation hangs past the edge rather than
        // starting the next line.
        const bool hangs = closing && lastBreak <= lineStart;
        if (overflows && i > lineStart && !hangs) {
            const std::size_t cut = lastBreak > lineStart ? lastBreak : i;
            emit(lineStart, cut);
            lineStart = skipSpaces(cut);
            width = 0;
            lastBreak = 0;
            for (std::size_t j = lineStart; j < i; ++j)
                width += atoms[j].width;
            for (std::size_t j = lineStart; j < i; ++j)
                if (CanBreakBetween(atoms[j].cls, atoms[j + 1].cls)) lastBreak = j + 1;
        }
        width += atom.width;
        if (i + 1 < atoms.size() && CanBreakBetween(atom.cls, atoms[i + 1].cls)) lastBreak = i + 1;
    }
    if (lineStart < atoms.size() || lines.empty()) emit(lineStart, atoms.size());
    return lines;
}

std::vector<LineSpan> BreakLinesBalanced(std::string_view text, float maxWidth,
                                         const std::function<float(char32_t)>& advance) {
    std::vector<LineSpan> best = BreakLines(text, maxWidth, advance);
    if (best.size() < 2) return best;
    // Fewer lines never come from a narrower width, so search for the narrowest width that keeps
    // the count; a few dozen breaks of a short text cost microseconds.
    float low = 0, high = maxWidth;
    for (int step = 0; step < 24 && high - low > 0.25f; ++step) {
        const float mid = (low + high) / 2;
        std::vector<LineSpan> lines = BreakLines(text, mid, advance);
        if (lines.size() <= best.size()) {
            best = std::move(lines);
            high = mid;
        } else {
            low = mid;
        }
    }
    return best;
}

} // namespace kepu
