// What the last frame drew: every tappable widget (with its visible label, test id, rectangle and
// whether it was drawn ticked), every text, and named parts such as icons. The script player finds
// "tap \"LABEL\"" targets and checks "expect …" here.
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
    bool selected = false; // a tick was drawn on it: set where the tick is drawn, not where it is decided
};

// Something drawn that is not tappable but whose place matters to a person: a tile's icon, its
// title. Scripts check sizes and alignment through it.
struct DrawnPart {
    std::string name;
    WidgetRect rect;
};

struct DrawnText {
    std::string text;
    WidgetRect rect; // empty (0 wide) when the drawer did not say where
};

class WidgetRegistry {
  public:
    void BeginFrame();
    void AddWidget(std::string testId, std::string label, WidgetRect rect, bool selected = false);
    void AddPart(std::string name, WidgetRect rect);
    void AddText(std::string_view text, WidgetRect rect = {});
    // A text drawn with characters its font lacks (they show as a box or '?').
    void AddMissingGlyphs(std::string_view text, std::string_view missing);

    // Exact match on the label or the test id; the last drawn wins (overlays draw last).
    std::optional<DrawnWidget> Find(std::string_view labelOrId) const;
    bool HasText(std::string_view fragment) const;
    // Where a part (by name) or else a widget (by label or test id) was drawn; the last drawn wins.
    std::optional<WidgetRect> RectOf(std::string_view name) const;
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
    std::vector<DrawnPart> m_parts;
    std::vector<std::string> m_missingGlyphs;
};

} // namespace kepu
