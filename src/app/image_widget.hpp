// A picture scaled to fit a box (quiz questions, and the story reader next), drawn from the
// ImageCache: while it decodes, a calm placeholder of its final size; when it cannot be shown, a framed
// box with its caption. Never a blank hole, and the layout never jumps when the pixels arrive.
#pragma once
#include "app/image_cache.hpp"
#include "app/widgets.hpp"

#include <filesystem>
#include <string>

namespace kepu {

// The size DrawImageFit will use (for layouts that measure before they draw, like a scrolling view):
// the picture scaled to fit maxSize keeping its aspect and never enlarged beyond 2x its pixels; when
// it cannot be shown, maxSize's width and the height its caption needs (within maxSize).
ImVec2 ImageFitSize(const Ui& ui, ImageCache& images, const std::filesystem::path& file, ImVec2 maxSize,
                    const std::string& caption);

// Draws it centred across maxSize.x with its top at pos, and registers it for scripts: testId when
// drawn (or its failure box, labelled with the words shown), testId + ".loading" while decoding.
// caption: shown when the picture cannot be; empty for the neutral 图片无法显示. Returns the height used.
float DrawImageFit(Ui& ui, ImageCache& images, const std::filesystem::path& file, ImVec2 pos, ImVec2 maxSize,
                   const std::string& caption, const char* testId);

} // namespace kepu
