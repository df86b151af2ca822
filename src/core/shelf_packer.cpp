// Shelf packing of glyph bitmaps on one texture page.
#include "core/shelf_packer.hpp"

#include <algorithm>

namespace kepu {

ShelfPacker::ShelfPacker(int width, int height, int padding, int rowHeight)
    : m_width(width), m_height(height), m_padding(padding), m_rowHeight(rowHeight + 2 * padding) {}

std::optional<PackedRect> ShelfPacker::Place(int width, int height) {
    if (width < 0 || height < 0) return std::nullopt;
    const int w = width + 2 * m_padding;
    const int h = height + 2 * m_padding;
    if (w > m_width || h > m_height) return std::nullopt;
    // The lowest shelf that takes it with the least height to spare; a new shelf only when none
    // fits, so small glyphs (punctuation, Latin) fill gaps beside Chinese ones.
    Shelf* best = nullptr;
    for (Shelf& shelf : m_shelves)
        if (shelf.height >= h && m_width - shelf.usedWidth >= w && (!best || shelf.height < best->height))
            best = &shelf;
    // A shelf much taller than the glyph would waste its height: open a new one while there is room.
    if (best && best->height > h + h / 2 && m_nextShelfY + h <= m_height) best = nullptr;
    if (!best) {
        // A full-height shelf for a character-sized glyph; small ones (punctuation) get a low one.
        const int shelfHeight = h > m_rowHeight / 2 ? std::max(h, m_rowHeight) : h;
        if (m_nextShelfY + h > m_height) return std::nullopt;
        m_shelves.push_back({m_nextShelfY, std::min(shelfHeight, m_height - m_nextShelfY), 0});
        m_nextShelfY += m_shelves.back().height;
        best = &m_shelves.back();
    }
    const PackedRect rect{best->usedWidth + m_padding, best->y + m_padding, width, height};
    best->usedWidth += w;
    ++m_count;
    m_usedArea += static_cast<long long>(w) * h;
    return rect;
}

void ShelfPacker::Reset() {
    m_shelves.clear();
    m_nextShelfY = 0;
    m_count = 0;
    m_usedArea = 0;
}

double ShelfPacker::Fill() const {
    const double area = static_cast<double>(m_width) * m_height;
    return area > 0 ? static_cast<double>(m_usedArea) / area : 0;
}

} // namespace kepu
