// Where a visitor is in a story: the touch scroll, the paragraph at the top of the view (so a reflow
// to large text or another language keeps them there), and how far they have read, for the log's
// 25/50/75/100 % milestones. Lives in the visitor's ItemProgress, so it goes with them.
#pragma once
#include "core/flick_scroll.hpp"

#include <string>

namespace kepu {

struct StoryReading {
    FlickScroll scroll;
    // The block at the top of the view and how far into it (0..1): a new layout puts it back there.
    int anchorBlock = 0;
    float anchorFraction = 0;
    int anchorBlocks = 0;   // how many blocks the anchor's layout had (another language has others)
    std::string layoutKey;  // the layout the scroll offset belongs to (language, text size, width)
    float furthest = 0;     // the furthest share of the story that has been on screen, 0..1
    int quartersLogged = 0; // milestones already logged: 1 = 25 %, … 4 = 100 %
};

// The milestones (0..4 for none, 25, 50, 75, 100 %) passed by a visitor who has seen `furthest` of
// the story. The end counts as read a little before the last pixel (a rounding, a short last line).
inline int ReadingQuarters(float furthest) {
    if (furthest >= 0.995f) return 4;
    if (furthest >= 0.75f) return 3;
    if (furthest >= 0.5f) return 2;
    if (furthest >= 0.25f) return 1;
    return 0;
}

} // namespace kepu
