// Touch widgets every screen uses: big buttons, wrapped Chinese/English text, cards. Each one
// records itself in the WidgetRegistry so test scripts can find it by label or test id.
#pragma once
#include "app/font_atlas.hpp"
#include "app/theme.hpp"
#include "core/kiosk_types.hpp"
#include "core/theme_metrics.hpp"
#include "core/ui_strings.hpp"
#include "core/widget_registry.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace kepu {

struct UiAction;
class ImageCache;

// What a screen needs to draw: sizes, fonts, text, the visitor's language and text size.
struct Ui {
    const ThemeMetrics& metrics;
    const FontSet& fonts;
    const UiStrings& strings;
    WidgetRegistry& registry;
    std::vector<UiAction>& actions;
    Lang lang;
    TextSize textSize;
    ImVec2 screen;
    bool chineseFont = true;    // false when the CJK font failed to load: only Latin text can be drawn
    FontAtlas* atlas = nullptr; // glyphs on demand: text drawn or measured asks for its characters

    // Pictures decoded off the frame thread (image_widget.hpp); may be null.
    ImageCache* images = nullptr;

    const std::string& T(std::string_view key) const { return strings.Get(key, lang); }
    ImFont* Body() const { return fonts.Body(textSize); }
    ImFont* Heading() const { return fonts.Heading(textSize); }
    ImFont* BodyBold() const { return fonts.BodyBold(textSize); }
    float Target() const { return metrics.TouchTarget(textSize); }
    float Gap() const { return metrics.Gap(textSize); }
    float Px(float at1080) const { return at1080 * metrics.scale; }
};

struct ButtonColors {
    Rgb fill = palette::kNavButton;
    Rgb text = palette::kOnDark;
    Rgb outline = palette::kNavButton;
};
inline constexpr ButtonColors kLightButton{palette::kSurface, palette::kText, palette::kBorder};

// Icons drawn as lines, not glyphs, so they show even when the font lacks the symbol.
enum class ButtonIcon { None, Back, Check };

// A button at an absolute screen position. Returns true on release over it (a completed tap).
// The icon is drawn before the label; scripts find the button by its label alone.
bool Button(Ui& ui, const char* testId, const std::string& label, ImVec2 pos, ImVec2 size,
            ButtonColors colors = {}, ImFont* font = nullptr, ButtonIcon icon = ButtonIcon::None);

// Lines of text broken by the Chinese/English rules to fit width.
struct WrappedLines {
    std::vector<std::string> lines;
    float lineHeight = 0;
    float Height() const { return lines.empty() ? 0 : lines.size() * lineHeight; }
};
// Greedy fills each line; Balanced evens the lines out (for short texts such as a tile's subtitle,
// so no word is left alone on the last line).
enum class Wrap { Greedy, Balanced };
WrappedLines WrapText(const Ui& ui, ImFont* font, const std::string& text, float width,
                      Wrap wrap = Wrap::Greedy);

enum class Align { Left, Center };
// Draws wrapped text with its top-left (or top-centre) at pos; returns the height used.
float DrawText(Ui& ui, ImFont* font, const std::string& text, ImVec2 pos, float width, Rgb color,
               Align align = Align::Left, Wrap wrap = Wrap::Greedy);

// A filled rectangle with rounded corners, as three rectangles and four corner fans. ImGui fills a
// rounded rectangle as one fan of triangles from a corner, and SDL's software renderer scans each
// triangle's bounding box: home's three tiles then took 49 of its 67 ms a frame. Rectangles are filled
// as rectangles, and the fans cover only the corners (home: 18.5 ms a frame without rounding).
void FillRoundedRect(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 color, float rounding);

// A full-screen ImGui window for the current screen.
void BeginFullScreenWindow(const char* name, Rgb background);
void EndFullScreenWindow();

} // namespace kepu
