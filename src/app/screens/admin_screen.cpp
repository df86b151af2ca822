// The admin screen: what this kiosk is and how it is doing (version, id, content, problems), and
// the only way to quit the kiosk. The statistics issue adds visitor figures here.
#include "app/screens/screens.hpp"

namespace kepu {

void DrawAdminScreen(Ui& ui, const AdminView& view) {
    const ContentArea area = DrawScreenFrame(ui, ui.T("admin.title"), false);
    ImFont* font = ui.Body();
    const float labelW = ui.Px(ui.textSize == TextSize::Large ? 380 : 300);
    const float valueW = area.size.x * 0.62f - labelW;
    float y = area.pos.y;
    const auto row = [&](const char* key, const std::string& value, Rgb color = palette::kText) {
        DrawText(ui, font, ui.T(key), ImVec2(area.pos.x, y), labelW, palette::kMutedText);
        y += std::max(font->FontSize,
                      DrawText(ui, font, value, ImVec2(area.pos.x + labelW, y), valueW, color)) +
             ui.Px(14);
    };
    row("admin.version", view.version);
    row("admin.kiosk_id", view.kioskId);
    if (!view.siteName.empty()) row("admin.site", view.siteName);
    row("admin.content", view.contentSummary);
    row("admin.log", view.logSummary);

    const std::size_t maxShown = 6;
    std::string problems;
    for (std::size_t i = 0; i < view.contentProblems.size() && i < maxShown; ++i)
        problems += (i ? "\n" : "") + view.contentProblems[i];
    if (view.contentProblems.size() > maxShown)
        problems += "\n" + ui.strings.Format("admin.more_problems", ui.lang,
                                             {{"n", std::to_string(view.contentProblems.size() - maxShown)}});
    if (!problems.empty()) row("admin.content_problems", problems, palette::kDanger);
    std::string notices;
    for (const auto& n : view.notices)
        notices += (notices.empty() ? "" : "\n") + n;
    row("admin.notices", notices.empty() ? ui.T("admin.no_notices") : notices,
        notices.empty() ? palette::kText : palette::kDanger);

    // Actions on the right.
    const ImVec2 size(area.size.x * 0.30f, ui.Target() * 1.2f);
    const float x = area.pos.x + area.size.x - size.x;
    if (Button(ui, "quit", ui.T("admin.quit"), ImVec2(x, area.pos.y), size,
               {palette::kDanger, palette::kOnDark, palette::kDanger}))
        ui.actions.push_back({UiAction::Kind::QuitKiosk});
    if (Button(ui, "reload", ui.T(view.reloading ? "admin.reloading" : "admin.reload"),
               ImVec2(x, area.pos.y + size.y + ui.Gap() * 2), size, kLightButton) &&
        !view.reloading)
        ui.actions.push_back({UiAction::Kind::ReloadContent});
}

} // namespace kepu
