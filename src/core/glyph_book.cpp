// The bookkeeping of one font size's glyph page.
#include "core/glyph_book.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace kepu {

int CharacterHeight(float fontPixels) {
    return static_cast<int>(std::ceil(fontPixels * 0.74f));
}

PageSize GlyphPageSize(float fontPixels, int glyphs) {
    const int cell = CharacterHeight(fontPixels) + 2; // bitmap and padding
    const int width = cell <= 48 ? 1024 : cell <= 96 ? 2048 : 4096;
    const int perRow = std::max(1, width / cell);
    const int rows = (std::max(1, glyphs) + perRow - 1) / perRow;
    const int height = std::min(4096, (rows * cell + 15) / 16 * 16);
    return {width, height};
}

GlyphBook::GlyphBook(int pageWidth, int pageHeight, int padding, int rowHeight)
    : m_packer(pageWidth, pageHeight, padding, rowHeight), m_state(kCodePoints, State::Unknown),
      m_queued(kCodePoints, 0) {}

GlyphBook::State GlyphBook::StateOf(char32_t cp) const {
    return cp < kCodePoints ? m_state[cp] : State::Absent;
}

void GlyphBook::Request(char32_t cp) {
    if (cp >= kCodePoints || m_state[cp] != State::Unknown || m_queued[cp]) return;
    m_queued[cp] = 1;
    m_requests.push_back(cp);
}

std::vector<char32_t> GlyphBook::TakeRequests() {
    for (char32_t cp : m_requests)
        m_queued[cp] = 0;
    return std::exchange(m_requests, {});
}

std::optional<PackedRect> GlyphBook::Place(char32_t cp, int width, int height) {
    if (cp >= kCodePoints) return std::nullopt;
    const auto rect = m_packer.Place(width, height);
    if (rect) m_state[cp] = State::OnPage;
    return rect;
}

void GlyphBook::MarkAbsent(char32_t cp) {
    if (cp < kCodePoints) m_state[cp] = State::Absent;
}

void GlyphBook::Reset() {
    m_packer.Reset();
    std::replace(m_state.begin(), m_state.end(), State::OnPage, State::Unknown);
    TakeRequests();
    ++m_resets;
}

} // namespace kepu
