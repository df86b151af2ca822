// Places glyph bitmaps on a fixed-size texture page, shelf by shelf. Glyphs of one font size are
// nearly all the same height (Chinese characters fill the em box), so shelves waste little and the
// packer needs no search: a page of 2048×1024 at the 42 px body size holds about 1,300 characters.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

namespace kepu {

struct PackedRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
};

class ShelfPacker {
  public:
    // padding: clear pixels kept around every rectangle, so linear filtering never samples a
    // neighbour. rowHeight: the usual glyph height (a Chinese character's). Shelves for glyphs of
    // about that height are opened at least that tall, so characters a pixel or two taller or
    // shorter share them instead of each opening a shelf of its own.
    ShelfPacker(int width, int height, int padding, int rowHeight = 0);
    // The rectangle for a width×height bitmap (padding outside it), or nothing when the page is full.
    std::optional<PackedRect> Place(int width, int height);
    // An empty page again.
    void Reset();

    int Width() const { return m_width; }
    int Height() const { return m_height; }
    std::size_t Count() const { return m_count; }
    // Share of the page's pixels given out, padding included (0..1).
    double Fill() const;

  private:
    struct Shelf {
        int y;
        int height;
        int usedWidth;
    };
    int m_width;
    int m_height;
    int m_padding;
    int m_rowHeight;
    std::vector<Shelf> m_shelves;
    int m_nextShelfY = 0;
    std::size_t m_count = 0;
    long long m_usedArea = 0;
};

} // namespace kepu
