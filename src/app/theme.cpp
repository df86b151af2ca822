// The ImGui style for a touch-first, age-friendly kiosk.
#include "app/theme.hpp"

namespace kepu {

void ApplyKioskStyle(float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ChildBorderSize = 0;
    style.FrameRounding = 16 * scale;
    style.ScrollbarSize = 0;
    style.ItemSpacing = ImVec2(0, 0);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedFill = true;
    style.AntiAliasedLines = true;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ToImVec4(palette::kBackground);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = ToImVec4(palette::kText);
    c[ImGuiCol_Button] = ToImVec4(palette::kNavButton);
    c[ImGuiCol_ButtonHovered] = c[ImGuiCol_Button];
    c[ImGuiCol_ButtonActive] = ToImVec4(palette::kPressed);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.08f, 0.12f, 0.6f);
}

} // namespace kepu
