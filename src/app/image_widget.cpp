// The fitted picture, its placeholder and its failure box (image_widget.hpp).
#include "app/image_widget.hpp"

#include "app/theme.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {
namespace {

constexpr float kMaxEnlarge = 2.0f; // beyond this a small picture only shows its pixels

const std::string& FailureWords(const Ui& ui, const std::string& caption) {
    return caption.empty() ? ui.T("item.image_unavailable") : caption;
}

float FailurePad(const Ui& ui) {
    return ui.Px(24);
}

} // namespace

ImVec2 ImageFitSize(const Ui& ui, ImageCache& images, const std::filesystem::path& file, ImVec2 maxSize,
                    const std::string& caption) {
    const CachedImage& image = images.Get(file);
    ImVec2 fitted(0, 0);
    if (image.width > 0 && image.height > 0) {
        const float scale = std::min({maxSize.x / image.width, maxSize.y / image.height, kMaxEnlarge});
        fitted = ImVec2(std::floor(image.width * scale), std::floor(image.height * scale));
    }
    if (image.status != ImageStatus::Failed) return fitted;
    // The words need their room whatever the picture's size was.
    const float pad = FailurePad(ui);
    const float textH = WrapText(ui, ui.Body(), FailureWords(ui, caption), maxSize.x - 2 * pad).Height();
    return ImVec2(maxSize.x, std::min(maxSize.y, std::max(fitted.y, textH + 2 * pad)));
}

float DrawImageFit(Ui& ui, ImageCache& images, const std::filesystem::path& file, ImVec2 pos, ImVec2 maxSize,
                   const std::string& caption, const char* testId) {
    const ImVec2 size = ImageFitSize(ui, images, file, maxSize, caption);
    if (size.x <= 0 || size.y <= 0) return 0;
    const CachedImage& image = images.Get(file);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Whole pixels: SDL's software renderer cuts vertices to them, and a picture 1:1 stays sharp.
    const ImVec2 min(std::round(pos.x + (maxSize.x - size.x) / 2), std::round(pos.y));
    const ImVec2 max(min.x + size.x, min.y + size.y);
    std::string id = testId;
    std::string label = caption;
    switch (image.status) {
    case ImageStatus::Ready: draw->AddImage(image.texture, min, max); break;
    case ImageStatus::Loading:
        // Calm: the final size in the card colour, no spinner, nothing moving.
        FillRoundedRect(draw, min, max, ToImU32(palette::kSurface), ui.Px(12));
        id += ".loading";
        break;
    case ImageStatus::Failed: {
        FillRoundedRect(draw, min, max, ToImU32(palette::kSurface), ui.Px(12));
        draw->AddRect(min, max, ToImU32(palette::kBorder), ui.Px(12), 0, ui.Px(3));
        label = FailureWords(ui, caption);
        const float pad = FailurePad(ui);
        const float textH = WrapText(ui, ui.Body(), label, size.x - 2 * pad).Height();
        ImGui::PushClipRect(min, max, true);
        DrawText(ui, ui.Body(), label, ImVec2(min.x + pad, min.y + std::max(pad, (size.y - textH) / 2)),
                 size.x - 2 * pad, palette::kMutedText, Align::Center);
        ImGui::PopClipRect();
        break;
    }
    }
    // Registered where it is visible, as a scrolling view clips it.
    const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
    const float top = std::max(min.y, clipMin.y), bottom = std::min(max.y, clipMax.y);
    if (bottom > top) ui.registry.AddWidget(id, label, {min.x, top, size.x, bottom - top});
    return size.y;
}

} // namespace kepu
