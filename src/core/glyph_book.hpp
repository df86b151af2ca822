// The bookkeeping of one font size's glyph page: which characters are on it, which a frame asked for
// and the page lacks, which the font file does not have at all (never asked for again), and where each
// glyph sits. When the page is full it is emptied and refilled with what the next frame draws: the
// frame that found it full is built again before it is shown, so no text on screen ever points at a
// glyph that moved.
#pragma once
#include "core/shelf_packer.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace kepu {

struct PageSize {
    int width = 0;
    int height = 0;
};
// The height of a Chinese character's bitmap at this font size, bold included: at most 0.74 of the
// font's pixel size, which spans ascent + descent (measured over 5,000 characters of Noto Sans CJK
// at 42 to 96 px).
int CharacterHeight(float fontPixels);
// A page for about `glyphs` Chinese characters at this font size, at most 4096 px on a side.
PageSize GlyphPageSize(float fontPixels, int glyphs);

class GlyphBook {
  public:
    enum class State : std::uint8_t { Unknown, OnPage, Absent };

    GlyphBook(int pageWidth, int pageHeight, int padding, int rowHeight = 0);

    // Characters beyond the Basic Multilingual Plane are Absent: Dear ImGui's characters are 16-bit
    // in Debian's build.
    State StateOf(char32_t cp) const;
    // A character a frame drew that is not on the page: remembered once until TakeRequests.
    void Request(char32_t cp);
    bool HasRequests() const { return !m_requests.empty(); }
    // The characters asked for, in the order they were first asked for.
    std::vector<char32_t> TakeRequests();

    // A place for the character's bitmap, marking it OnPage; nothing when the page is full.
    std::optional<PackedRect> Place(char32_t cp, int width, int height);
    // Room for something that is not a character (the white block shapes are drawn with).
    std::optional<PackedRect> Reserve(int width, int height) { return m_packer.Place(width, height); }
    // A character with nothing to draw (a space): known, but takes no room on the page.
    void MarkBlank(char32_t cp) {
        if (cp < kCodePoints) m_state[cp] = State::OnPage;
    }
    // The font file lacks it: it is drawn as the fallback glyph and not asked for again.
    void MarkAbsent(char32_t cp);
    // Empties the page (a full page); Absent characters stay known. Pending requests are dropped:
    // the next frame asks again for what it shows.
    void Reset();

    std::size_t OnPageCount() const { return m_packer.Count(); }
    int Resets() const { return m_resets; }
    double Fill() const { return m_packer.Fill(); }
    const ShelfPacker& Packer() const { return m_packer; }

  private:
    static constexpr char32_t kCodePoints = 0x10000;
    ShelfPacker m_packer;
    std::vector<State> m_state;         // by code point
    std::vector<std::uint8_t> m_queued; // by code point: already in m_requests
    std::vector<char32_t> m_requests;
    int m_resets = 0;
};

} // namespace kepu
