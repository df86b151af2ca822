// UTF-8 decoding helpers shared by line breaking and glyph collection.
#include "core/utf8.hpp"

namespace kepu {

char32_t NextCodePoint(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    int length = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
    } else {
        ++pos;
        return kReplacementChar;
    }
    if (pos + length > text.size()) {
        ++pos;
        return kReplacementChar;
    }
    for (int i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return kReplacementChar;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    // Reject overlong forms and surrogates: they are never valid text.
    static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[length] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++pos;
        return kReplacementChar;
    }
    pos += length;
    return cp;
}

bool IsCjkIdeographic(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x2FFF) || // radicals
           (cp >= 0x3040 && cp <= 0x30FF) || // kana
           (cp >= 0x3400 && cp <= 0x4DBF) || // extension A
           (cp >= 0x4E00 && cp <= 0x9FFF) || // unified ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) || // hangul
           (cp >= 0xF900 && cp <= 0xFAFF) || // compatibility ideographs
           (cp >= 0x20000 && cp <= 0x3FFFF); // supplementary ideographs
}

} // namespace kepu
