// What the last frame drew: every tappable widget (with its visible label, test id and rectangle)
// and every text. The script player finds "tap \"LABEL\"" targets and checks "expect text" here.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kepu {

struct WidgetRect {
    float x = 0, y = 0, w = 0, h = 0;
    float CenterX() const { return x + w / 2; }
    float CenterY() const { return y + h / 2; }
};

struct DrawnWidget {
    std::string testId;
    std::string label;
    WidgetRect rect;
};

struct DrawnText {
    std::string text;
    WidgetRect rect; // empty (0 wide) when the drawer did not say where
};

class WidgetRegistry {
  public:
    void BeginFrame();
    void AddWidget(std::string testId, std::string label, WidgetRect rect);
    void AddText(std::string_view text, WidgetRect rect = {});
    // A text drawn with characters its font lacks (they show as a box or '?').
    void AddMissingGlyphs(std::string_view text, std::string_view missing);

    // Exact match on the label or the test id; the last drawn wins (overlays draw last).
    std::optional<DrawnWidget> Find(std::string_view labelOrId) const;
    bool HasText(std::string_view fragment) const;
    const std::vector<DrawnWidget>& Widgets() const { return m_widgets; }
    // A short list of what is tappable, for failure messages.
    std::string Describe() const;
    // Layout mistakes a person would see: widgets or text past the screen edge, widgets that
    // partly overlap, text that starts inside a widget and runs out of it, characters the font
    // lacks. Empty when all is well.
    std::vector<std::string> LayoutProblems(float screenWidth, float screenHeight) const;

  private:
    std::vector<DrawnWidget> m_widgets;
    std::vector<DrawnText> m_texts;
    std::vector<std::string> m_missingGlyphs;
};

} // namespace kepu
