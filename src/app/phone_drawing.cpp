// The simulated phone's paint: body, status bar, title bar, parts, overlays, icons, hint and hand.
#include "app/phone_drawing.hpp"

#include "app/font_atlas.hpp"
#include "core/line_break.hpp"
#include "core/text_fit.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kepu {
namespace {

// The phone's own colours: a generic modern phone, light apps, a calm wallpaper.
constexpr Rgb kBody = HexColor(0x1C1F24);
constexpr Rgb kScreen = HexColor(0xF2F3F5);
constexpr Rgb kWhite = HexColor(0xFFFFFF);
constexpr Rgb kInk = HexColor(0x1A1A1A);
constexpr Rgb kGrey = HexColor(0x6E737A);
constexpr Rgb kLine = HexColor(0xDADDE1);
constexpr Rgb kGreen = HexColor(0x1E8E4E);
constexpr Rgb kRed = HexColor(0xD93A3A);
constexpr Rgb kMine = HexColor(0xB8E7B0); // the learner's own chat bubbles
constexpr Rgb kWallTop = HexColor(0x3E7C8C);
constexpr Rgb kWallBottom = HexColor(0xA9CFC4);
constexpr Rgb kCallTop = HexColor(0x22313F);
constexpr Rgb kCallBottom = HexColor(0x3D5A6C);
constexpr Rgb kHint = HexColor(0xE08A00);

struct IconLook {
    std::string_view name;
    Rgb color;
};
constexpr IconLook kIconLooks[] = {
    {"chat", HexColor(0x2E9E5B)},    {"camera", HexColor(0x4A5A66)},  {"health", HexColor(0xD9534F)},
    {"travel", HexColor(0xE8862A)},  {"pay", HexColor(0x2F7ED8)},     {"settings", HexColor(0x7A828A)},
    {"phone", HexColor(0x2EA44F)},   {"message", HexColor(0x3AA0C8)}, {"photos", HexColor(0xC0589A)},
    {"weather", HexColor(0x3C8DDE)}, {"browser", HexColor(0x3567C0)}, {"scan", HexColor(0x1F8C8C)},
    {"wifi", HexColor(0x4C6FD6)},    {"display", HexColor(0x6B5BB8)}, {"person", HexColor(0x8A6D3B)},
    {"video", HexColor(0x23A08A)},   {"lock", HexColor(0x5D6B78)},    {"bell", HexColor(0xD9A21E)},
    {"warning", HexColor(0xD0602A)},
};

Rgb IconColor(std::string_view name) {
    for (const IconLook& look : kIconLooks)
        if (look.name == name) return look.color;
    return HexColor(0x6E737A);
}

class Painter {
  public:
    Painter(Ui& ui, const PhoneFrame& frame) : m_ui(ui), m_f(frame), m_draw(ImGui::GetWindowDrawList()) {}

    ImVec2 P(float x, float y) const { return m_f.At(x, y); }
    float L(float v) const { return m_f.Len(v); }
    ImDrawList* Draw() const { return m_draw; }

    void Rect(float x, float y, float w, float h, Rgb c, float round = 0, float alpha = 1) {
        if (round > 0)
            FillRoundedRect(m_draw, P(x, y), P(x + w, y + h), ToImU32(c, alpha), L(round));
        else
            m_draw->AddRectFilled(P(x, y), P(x + w, y + h), ToImU32(c, alpha));
    }
    void Outline(float x, float y, float w, float h, Rgb c, float round, float thick) {
        m_draw->AddRect(P(x, y), P(x + w, y + h), ToImU32(c), L(round), 0, L(thick));
    }
    void Circle(float x, float y, float r, Rgb c, float alpha = 1) {
        m_draw->AddCircleFilled(P(x, y), L(r), ToImU32(c, alpha), 32);
    }
    void Ring(float x, float y, float r, Rgb c, float thick, float alpha = 1) {
        m_draw->AddCircle(P(x, y), L(r), ToImU32(c, alpha), 32, L(thick));
    }
    void Line(float x1, float y1, float x2, float y2, Rgb c, float thick) {
        m_draw->AddLine(P(x1, y1), P(x2, y2), ToImU32(c), L(thick));
    }
    void VerticalGradient(float x, float y, float w, float h, Rgb top, Rgb bottom) {
        m_draw->AddRectFilledMultiColor(P(x, y), P(x + w, y + h), ToImU32(top), ToImU32(top), ToImU32(bottom),
                                        ToImU32(bottom));
    }

    // Text wrapped to width at a phone font size; returns the height used (phone units).
    float Text(const std::string& text, float x, float y, float w, float size, Rgb color, bool center = false,
               bool bold = false) {
        ImFont* font = bold ? m_ui.fonts.BodyBold(TextSize::Normal) : m_ui.fonts.Body(TextSize::Normal);
        if (!font) font = m_ui.fonts.Body(TextSize::Normal);
        const float px = L(size);
        if (m_ui.atlas) m_ui.atlas->Need(font, text);
        const float ratio = px / font->FontSize;
        const auto advance = [&](char32_t cp) {
            return (cp <= 0xFFFF ? font->GetCharAdvance(static_cast<ImWchar>(cp)) : font->FallbackAdvanceX) *
                   ratio;
        };
        const auto spans = BreakLines(text, L(w), advance);
        const float lineH = L(size + 6);
        const ImTextureID page = font->ContainerAtlas->TexID;
        const bool other = m_draw->_CmdHeader.TextureId != page;
        if (other) m_draw->PushTextureID(page);
        float top = P(x, y).y, left = FLT_MAX, right = 0;
        for (const LineSpan& span : spans) {
            const std::string line = text.substr(span.begin, span.end - span.begin);
            float lx = P(x, y).x;
            if (center) lx += (L(w) - span.width) / 2;
            m_draw->AddText(font, px, ImVec2(lx, top), ToImU32(color), line.c_str());
            left = std::min(left, lx);
            right = std::max(right, lx + span.width);
            top += lineH;
        }
        if (other) m_draw->PopTextureID();
        if (left < right) m_ui.registry.AddText(text, {left, P(x, y).y, right - left, top - P(x, y).y});
        return spans.size() * (size + 6);
    }

    // tile: the app's rounded square behind the figure (false: the white figure alone, on a call button).
    void Icon(std::string_view name, float cx, float cy, float size, bool tile = true);
    void QrCode(float x, float y, float side);
    void Photo(float x, float y, float w, float h);

  private:
    Ui& m_ui;
    const PhoneFrame& m_f;
    ImDrawList* m_draw;
};

// Our own icon drawings: a rounded tile in the app's colour and a simple white figure.
void Painter::Icon(std::string_view name, float cx, float cy, float size, bool tile) {
    const float s = size, x = cx - s / 2, y = cy - s / 2, u = s / 10; // u: a tenth of the tile
    if (tile) Rect(x, y, s, s, IconColor(name), s * 0.24f);
    const Rgb w = kWhite;
    if (name == "chat" || name == "message") {
        Rect(x + 2 * u, y + 2.6f * u, 6 * u, 4.2f * u, w, 1.4f * u);
        m_draw->AddTriangleFilled(P(x + 3 * u, y + 6.4f * u), P(x + 5 * u, y + 6.6f * u),
                                  P(x + 2.6f * u, y + 8 * u), ToImU32(w));
        if (name == "chat") {
            for (int i = 0; i < 3; ++i)
                Circle(x + (3.6f + 1.4f * i) * u, y + 4.7f * u, 0.5f * u, IconColor(name));
        } else {
            Line(x + 2.4f * u, y + 3.2f * u, x + 5 * u, y + 5 * u, IconColor(name), 0.5f * u);
            Line(x + 7.6f * u, y + 3.2f * u, x + 5 * u, y + 5 * u, IconColor(name), 0.5f * u);
        }
    } else if (name == "camera" || name == "video") {
        if (name == "camera") {
            Rect(x + 2 * u, y + 3.4f * u, 6 * u, 4.4f * u, w, u);
            Rect(x + 3.8f * u, y + 2.6f * u, 2.4f * u, 1.2f * u, w, 0.3f * u);
            Circle(cx, y + 5.6f * u, 1.5f * u, IconColor(name));
            Circle(cx, y + 5.6f * u, 0.9f * u, w);
        } else {
            Rect(x + 1.8f * u, y + 3.2f * u, 4.6f * u, 3.6f * u, w, 0.8f * u);
            m_draw->AddTriangleFilled(P(x + 6.6f * u, y + 5 * u), P(x + 8.4f * u, y + 3.4f * u),
                                      P(x + 8.4f * u, y + 6.6f * u), ToImU32(w));
        }
    } else if (name == "health") {
        Rect(cx - 0.9f * u, y + 2.4f * u, 1.8f * u, 5.2f * u, w, 0.3f * u);
        Rect(x + 2.4f * u, cy - 0.9f * u, 5.2f * u, 1.8f * u, w, 0.3f * u);
    } else if (name == "travel") {
        Rect(x + 1.8f * u, y + 4.4f * u, 6.4f * u, 2.4f * u, w, 0.8f * u);
        Rect(x + 3 * u, y + 3 * u, 4 * u, 2 * u, w, 0.8f * u);
        Circle(x + 3.4f * u, y + 7 * u, 0.9f * u, w);
        Circle(x + 6.6f * u, y + 7 * u, 0.9f * u, w);
        Circle(x + 3.4f * u, y + 7 * u, 0.4f * u, IconColor(name));
        Circle(x + 6.6f * u, y + 7 * u, 0.4f * u, IconColor(name));
    } else if (name == "pay") {
        Rect(x + 2 * u, y + 3 * u, 6 * u, 4.4f * u, w, 0.8f * u);
        Rect(x + 5.6f * u, y + 4.4f * u, 2.4f * u, 1.6f * u, IconColor(name), 0.5f * u);
        Circle(x + 6.6f * u, y + 5.2f * u, 0.35f * u, w);
    } else if (name == "settings") {
        for (int i = 0; i < 8; ++i) {
            const float a = static_cast<float>(i) * 3.14159f / 4;
            Line(cx + std::cos(a) * 1.8f * u, cy + std::sin(a) * 1.8f * u, cx + std::cos(a) * 3.3f * u,
                 cy + std::sin(a) * 3.3f * u, w, 1.2f * u);
        }
        Circle(cx, cy, 2.5f * u, w);
        Circle(cx, cy, 1.1f * u, IconColor(name));
    } else if (name == "phone" || name == "hang-up") {
        // A handset: a curved grip with an ear piece and a mouth piece; lying flat when it hangs up.
        const float r = 3.2f * u, a0 = name == "phone" ? 1.75f : 3.6f, a1 = name == "phone" ? 3.75f : 5.8f;
        const float ox = name == "phone" ? cx + 1.4f * u : cx,
                    oy = name == "phone" ? cy - 1.4f * u : cy + 1.6f * u;
        m_draw->PathArcTo(P(ox, oy), L(r), a0, a1, 20);
        m_draw->PathStroke(ToImU32(w), 0, L(1.3f * u));
        for (float a : {a0, a1})
            Circle(ox + std::cos(a) * r, oy + std::sin(a) * r, 1.1f * u, w);
    } else if (name == "mic") {
        Rect(cx - 1.2f * u, y + 2 * u, 2.4f * u, 4 * u, w, 1.2f * u);
        m_draw->PathArcTo(P(cx, y + 5 * u), L(2.2f * u), 0.2f, 2.94f, 12);
        m_draw->PathStroke(ToImU32(w), 0, L(0.5f * u));
        Line(cx, y + 7.2f * u, cx, y + 8.2f * u, w, 0.5f * u);
    } else if (name == "photos") {
        m_draw->AddTriangleFilled(P(x + 1.8f * u, y + 7.6f * u), P(x + 4.4f * u, y + 3.6f * u),
                                  P(x + 7 * u, y + 7.6f * u), ToImU32(w));
        m_draw->AddTriangleFilled(P(x + 4.6f * u, y + 7.6f * u), P(x + 6.4f * u, y + 5 * u),
                                  P(x + 8.2f * u, y + 7.6f * u), ToImU32(w, 0.8f));
        Circle(x + 7 * u, y + 3 * u, 0.9f * u, w);
    } else if (name == "weather") {
        Circle(x + 4 * u, y + 4 * u, 1.8f * u, HexColor(0xFFD45A));
        Circle(x + 5 * u, y + 6 * u, 1.5f * u, w);
        Circle(x + 6.6f * u, y + 5.6f * u, 1.6f * u, w);
        Rect(x + 3.6f * u, y + 6 * u, 4.6f * u, 1.6f * u, w, 0.8f * u);
    } else if (name == "browser") {
        Ring(cx, cy, 3 * u, w, 0.6f * u);
        Line(cx, cy - 3 * u, cx, cy + 3 * u, w, 0.5f * u);
        Line(x + 2.6f * u, cy - 1.5f * u, x + 7.4f * u, cy - 1.5f * u, w, 0.4f * u);
        Line(x + 2.6f * u, cy + 1.5f * u, x + 7.4f * u, cy + 1.5f * u, w, 0.4f * u);
        Line(x + 2 * u, cy, x + 8 * u, cy, w, 0.5f * u);
    } else if (name == "scan") {
        const float a = 2 * u, b = 8 * u, k = 1.6f * u, t = 0.6f * u;
        for (const auto& [px, py, dx, dy] :
             {std::array<float, 4>{a, a, 1, 1}, std::array<float, 4>{b, a, -1, 1},
              std::array<float, 4>{a, b, 1, -1}, std::array<float, 4>{b, b, -1, -1}}) {
            Line(x + px, y + py, x + px + dx * k, y + py, w, t);
            Line(x + px, y + py, x + px, y + py + dy * k, w, t);
        }
        Line(x + 2.6f * u, cy, x + 7.4f * u, cy, w, t);
    } else if (name == "wifi") {
        for (int i = 1; i <= 3; ++i) {
            m_draw->PathArcTo(P(cx, y + 7.2f * u), L(1.5f * u * i), -2.4f, -0.74f, 16);
            m_draw->PathStroke(ToImU32(w), 0, L(0.6f * u));
        }
        Circle(cx, y + 7.2f * u, 0.6f * u, w);
    } else if (name == "display") {
        Text("Aa", x, y + 2.2f * u, s, 4.6f * u, w, true, true);
    } else if (name == "person") {
        Circle(cx, y + 3.8f * u, 1.6f * u, w);
        m_draw->PathArcTo(P(cx, y + 8.2f * u), L(3 * u), 3.14159f, 6.28318f, 20);
        m_draw->PathFillConvex(ToImU32(w));
    } else if (name == "lock") {
        m_draw->PathArcTo(P(cx, y + 4.4f * u), L(1.6f * u), 3.14159f, 6.28318f, 12);
        m_draw->PathStroke(ToImU32(w), 0, L(0.7f * u));
        Line(cx - 1.6f * u, y + 4.4f * u, cx - 1.6f * u, y + 5 * u, w, 0.7f * u);
        Line(cx + 1.6f * u, y + 4.4f * u, cx + 1.6f * u, y + 5 * u, w, 0.7f * u);
        Rect(x + 2.8f * u, y + 4.8f * u, 4.4f * u, 3.2f * u, w, 0.6f * u);
    } else if (name == "bell") {
        m_draw->PathArcTo(P(cx, y + 4.6f * u), L(2.2f * u), 3.14159f, 6.28318f, 16);
        m_draw->PathFillConvex(ToImU32(w));
        Rect(cx - 2.2f * u, y + 4.5f * u, 4.4f * u, 2 * u, w);
        Rect(cx - 3 * u, y + 6.4f * u, 6 * u, 0.8f * u, w, 0.4f * u);
        Circle(cx, y + 7.8f * u, 0.7f * u, w);
    } else if (name == "warning") {
        m_draw->AddTriangleFilled(P(cx, y + 1.8f * u), P(x + 8.4f * u, y + 8 * u), P(x + 1.6f * u, y + 8 * u),
                                  ToImU32(w));
        Rect(cx - 0.4f * u, y + 4 * u, 0.8f * u, 2.2f * u, IconColor(name));
        Circle(cx, y + 7 * u, 0.5f * u, IconColor(name));
    }
}

// A QR-like code: three finder squares and a fixed scatter of modules (never a real, scannable code).
void Painter::QrCode(float x, float y, float side) {
    constexpr int kModules = 21;
    const float m = side / kModules;
    Rect(x - m, y - m, side + 2 * m, side + 2 * m, kWhite);
    std::uint32_t bits = 0x9E3779B9u;
    for (int r = 0; r < kModules; ++r)
        for (int c = 0; c < kModules; ++c) {
            bits = bits * 1664525u + 1013904223u;
            const bool finder =
                (r < 8 && c < 8) || (r < 8 && c >= kModules - 8) || (r >= kModules - 8 && c < 8);
            if (!finder && (bits >> 28) % 2) Rect(x + c * m, y + r * m, m, m, kInk);
        }
    for (const auto& [fx, fy] : {std::pair{0, 0}, std::pair{kModules - 7, 0}, std::pair{0, kModules - 7}}) {
        Rect(x + fx * m, y + fy * m, 7 * m, 7 * m, kInk);
        Rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, kWhite);
        Rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, kInk);
    }
}

// A drawn photo: sky, sun and the dunes by the river (what a Zhongwei grandparent might send).
void Painter::Photo(float x, float y, float w, float h) {
    VerticalGradient(x, y, w, h * 0.6f, HexColor(0x7EB6E6), HexColor(0xCFE6F5));
    Rect(x, y + h * 0.6f, w, h * 0.4f, HexColor(0xE2B872));
    Circle(x + w * 0.75f, y + h * 0.25f, h * 0.1f, HexColor(0xFFE08A));
    m_draw->AddTriangleFilled(P(x, y + h * 0.62f), P(x + w * 0.35f, y + h * 0.35f),
                              P(x + w * 0.7f, y + h * 0.62f), ToImU32(HexColor(0xD19A4E)));
    Rect(x, y + h * 0.8f, w, h * 0.08f, HexColor(0x5B8FB0));
}

std::string StatusTime() {
    return "9:41";
}

void StatusBar(Painter& p, bool dark) {
    const Rgb ink = dark ? kWhite : kInk;
    p.Text(StatusTime(), 22, 6, 80, 20, ink, false, true);
    for (int i = 0; i < 4; ++i) // signal bars
        p.Rect(262 + i * 7, 24 - 4 * (i + 1), 5, 4 * (i + 1), ink, 1);
    p.Outline(304, 10, 40, 18, ink, 4, 2);
    p.Rect(307, 13, 28, 12, ink, 2);
    p.Rect(345, 15, 3, 8, ink, 1);
}

const std::string& Say(Ui& ui, const char* key) {
    return ui.T(key);
}

void DrawPart(Painter& p, Ui& ui, const TutorialStep& step, const PhoneLayout& layout,
              const PlacedPart& placed, const PhoneState& state) {
    const PhonePart& part = step.parts[static_cast<std::size_t>(placed.part)];
    const PhoneBox& b = placed.box;
    const std::string& text = part.text.In(ui.lang);
    switch (part.kind) {
    case PartKind::Icon:
        p.Icon(part.icon, b.CenterX(), b.y + 46, 72);
        p.Text(text, b.x, b.y + 88, b.w, 24, kWhite, true);
        break;
    case PartKind::Row: {
        p.Rect(b.x, b.y, b.w, b.h, kWhite);
        float x = kPhonePadding;
        if (!part.icon.empty()) {
            p.Icon(part.icon, x + 22, b.CenterY(), 44);
            x += 56;
        }
        const float w = kPhoneWidth - x - 40;
        const float textH = EstimatedLines(text, 26, w, ui.lang) * 32.0f;
        const float detailH =
            part.detail.zh.empty()
                ? 0
                : EstimatedLines(part.detail.In(ui.lang), kPhoneSmallFont, w, ui.lang) * 27.0f;
        float y = b.CenterY() - (textH + detailH) / 2;
        y += p.Text(text, x, y, w, 26, kInk);
        if (!part.detail.zh.empty()) p.Text(part.detail.In(ui.lang), x, y, w, kPhoneSmallFont, kGrey);
        p.Line(kPhoneWidth - 30, b.CenterY() - 8, kPhoneWidth - 22, b.CenterY(), kGrey, 2.5f);
        p.Line(kPhoneWidth - 22, b.CenterY(), kPhoneWidth - 30, b.CenterY() + 8, kGrey, 2.5f);
        p.Line(x, b.Bottom() - 1, kPhoneWidth, b.Bottom() - 1, kLine, 1);
        break;
    }
    case PartKind::Toggle: {
        p.Rect(b.x, b.y, b.w, b.h, kWhite);
        const float textH = EstimatedLines(text, 26, kPhoneWidth - 128, ui.lang) * 32.0f;
        p.Text(text, kPhonePadding, b.CenterY() - textH / 2, kPhoneWidth - 128, 26, kInk);
        const float sx = kPhoneWidth - kPhonePadding - 64, sy = b.CenterY() - 18;
        p.Rect(sx, sy, 64, 36, part.on ? kGreen : kLine, 18);
        p.Circle(part.on ? sx + 46 : sx + 18, sy + 18, 15, kWhite);
        p.Line(kPhonePadding, b.Bottom() - 1, kPhoneWidth, b.Bottom() - 1, kLine, 1);
        break;
    }
    case PartKind::Slider: {
        p.Rect(b.x, b.y, b.w, b.h, kWhite);
        p.Text(text, kPhonePadding, b.y + 8, kPhoneWidth - 2 * kPhonePadding, 26, kInk);
        const PhoneBox track = SliderTrack(b);
        const int value =
            state.sliderId == part.id && state.sliderValue >= 0 ? state.sliderValue : part.value;
        const float knob = track.x + track.w * static_cast<float>(value) / 100;
        p.Text("A", kPhonePadding, track.CenterY() - 12, 24, 18, kGrey);
        p.Text("A", kPhoneWidth - kPhonePadding - 26, track.CenterY() - 18, 30, 30, kGrey);
        p.Rect(track.x, track.CenterY() - 4, track.w, 8, kLine, 4);
        p.Rect(track.x, track.CenterY() - 4, knob - track.x, 8, kGreen, 4);
        p.Circle(knob, track.CenterY(), 18, kWhite);
        p.Ring(knob, track.CenterY(), 18, kLine, 2);
        break;
    }
    case PartKind::Bubble: {
        const PhoneTarget* target = part.id.empty() ? nullptr : layout.Target(part.id);
        float y = b.y;
        if (!part.fromMe) {
            p.Circle(kPhonePadding + 18, b.y + (part.detail.zh.empty() ? 20 : 46), 18, HexColor(0x9DB4C0));
            if (!part.detail.zh.empty())
                y += p.Text(part.detail.In(ui.lang), kPhonePadding + 44, y, 240, kPhoneSmallFont, kGrey);
        }
        // The bubble's own box: the target's when it has one, else the same arithmetic as the layout.
        PhoneBox bubble = target ? target->box : PhoneBox{};
        if (!target) {
            const float natural = DisplayWidth(text) * 26 / 1.448f * 0.55f + 28;
            const float w = part.photo ? 200 : std::min(250.0f, natural);
            bubble = {part.fromMe ? kPhoneWidth - kPhonePadding - w : kPhonePadding + 44, y, w,
                      b.Bottom() - y};
        }
        if (part.photo) {
            p.Rect(bubble.x, bubble.y, bubble.w, bubble.h, kWhite, 10);
            p.Photo(bubble.x + 6, bubble.y + 6, bubble.w - 12, bubble.h - 12);
        } else {
            p.Rect(bubble.x, bubble.y, bubble.w, bubble.h, part.fromMe ? kMine : kWhite, 12);
            p.Text(text, bubble.x + 14, bubble.y + 10, bubble.w - 28, 26, kInk);
        }
        break;
    }
    case PartKind::Text: {
        const float size = PhoneFontSize(part.size);
        p.Text(text, b.x, b.y + 4, b.w, size, kInk, false, part.size == PartTextSize::Large);
        break;
    }
    case PartKind::Button: {
        const Rgb fill = part.style == PartStyle::Primary  ? kGreen
                         : part.style == PartStyle::Danger ? kRed
                                                           : kWhite;
        const Rgb ink = part.style == PartStyle::Normal ? kInk : kWhite;
        p.Rect(b.x, b.y + 6, b.w, b.h - 12, fill, 14);
        if (part.style == PartStyle::Normal) p.Outline(b.x, b.y + 6, b.w, b.h - 12, kLine, 14, 2);
        const float textH = EstimatedLines(text, 26, b.w - 40, ui.lang) * 32.0f;
        p.Text(text, b.x + 20, b.CenterY() - textH / 2, b.w - 40, 26, ink, true, true);
        break;
    }
    case PartKind::Input: {
        p.Rect(b.x, b.y + 12, b.w, b.h - 24, kWhite, 10);
        const bool typing = step.action == PhoneAction::Type && step.target == part.id;
        p.Outline(b.x, b.y + 12, b.w, b.h - 24, typing ? kGreen : kLine, 10, typing ? 3 : 2);
        // What is in the field: typed so far, or as written; a PIN or password as dots, as a phone shows it.
        const std::string& shown = typing && !state.typed.empty() ? state.typed : part.text.In(ui.lang);
        std::string dots;
        for (std::size_t at = 0; part.secret && at < shown.size(); NextCodePoint(shown, at))
            dots += "●";
        if (!shown.empty())
            p.Text(part.secret ? dots : shown, b.x + 16, b.CenterY() - 16, b.w - 32, 26, kInk);
        else
            p.Text(part.detail.In(ui.lang), b.x + 16, b.CenterY() - 16, b.w - 32, 26, kGrey);
        break;
    }
    case PartKind::Keypad: {
        p.Rect(b.x, b.y, b.w, b.h + kPhoneHomeBar, HexColor(0xD5D8DD));
        for (const PhoneTarget& key : layout.targets) {
            if (key.part != placed.part) continue;
            p.Rect(key.box.x + 4, key.box.y + 4, key.box.w - 8, key.box.h - 8, kWhite, 10);
            const std::string& label = part.keys[static_cast<std::size_t>(key.sub)];
            p.Text(label, key.box.x + 4, key.box.CenterY() - 20, key.box.w - 8, 32, kInk, true);
        }
        break;
    }
    case PartKind::Map: {
        p.Rect(b.x, b.y, b.w, b.h, HexColor(0xEDE6D6), 12);
        p.Rect(b.x, b.y + b.h * 0.62f, b.w, 22, HexColor(0x8CC1DE)); // the river
        p.Line(b.x + 20, b.y, b.x + b.w * 0.7f, b.Bottom(), kWhite, 12);
        p.Line(b.x, b.y + b.h * 0.3f, b.x + b.w, b.y + b.h * 0.25f, kWhite, 10);
        p.Rect(b.x + b.w * 0.62f, b.y + 20, 80, 50, HexColor(0xBFDDB0), 8);
        p.Circle(b.x + b.w * 0.55f, b.y + b.h * 0.4f, 14, kRed);
        p.Circle(b.x + b.w * 0.55f, b.y + b.h * 0.4f, 5, kWhite);
        if (!part.text.zh.empty()) {
            p.Rect(b.x + 12, b.Bottom() - 56, b.w - 24, 44, kWhite, 10);
            p.Text(text, b.x + 24, b.Bottom() - 50, b.w - 48, kPhoneSmallFont, kInk);
        }
        break;
    }
    case PartKind::Dialog: {
        p.Rect(0, 0, kPhoneWidth, kPhoneHeight, HexColor(0x000000), 0, 0.45f);
        p.Rect(b.x, b.y, b.w, b.h, kWhite, 18);
        float y = b.y + 24;
        if (!part.detail.zh.empty())
            y +=
                p.Text(part.detail.In(ui.lang), b.x + 20, y, b.w - 40, kPhoneTitleFont, kInk, true, true) + 8;
        p.Text(text, b.x + 20, y, b.w - 40, 26, kInk, true);
        for (const PhoneTarget& button : layout.targets) {
            if (button.part != placed.part) continue;
            const DialogButton& db = part.buttons[static_cast<std::size_t>(button.sub)];
            const Rgb fill = db.style == PartStyle::Primary  ? kGreen
                             : db.style == PartStyle::Danger ? kRed
                                                             : kScreen;
            p.Rect(button.box.x + 6, button.box.y + 8, button.box.w - 12, button.box.h - 16, fill, 12);
            p.Text(db.text.In(ui.lang), button.box.x + 6, button.box.CenterY() - 16, button.box.w - 12, 26,
                   db.style == PartStyle::Normal ? kInk : kWhite, true, true);
        }
        break;
    }
    case PartKind::Notification: {
        p.Rect(b.x + 2, b.y + 4, b.w, b.h, HexColor(0x000000), 16, 0.18f); // its shadow
        p.Rect(b.x, b.y, b.w, b.h, kWhite, 16);
        p.Icon("bell", b.x + 28, b.y + 26, 28);
        p.Text(part.detail.zh.empty() ? std::string() : part.detail.In(ui.lang), b.x + 50, b.y + 12, b.w - 70,
               kPhoneSmallFont, kGrey);
        p.Text(text, b.x + 16, b.y + 44, b.w - 32, 26, kInk);
        break;
    }
    case PartKind::Call:
    case PartKind::InCall: {
        const bool call = part.kind == PartKind::Call;
        p.VerticalGradient(0, 0, kPhoneWidth, kPhoneHeight, kCallTop, kCallBottom);
        if (!call && part.video) { // the other side's face fills the screen; ours is small in a corner
            p.VerticalGradient(0, 0, kPhoneWidth, kPhoneHeight, HexColor(0x8FA9B8), HexColor(0x56707E));
            p.Circle(kPhoneWidth / 2, 250, 70, HexColor(0xE8C7A8));
            p.Circle(kPhoneWidth / 2, 470, 150, HexColor(0x3F6F8F));
            p.Rect(kPhoneWidth - 120, 60, 100, 140, HexColor(0xC9D6DD), 12);
            p.Circle(kPhoneWidth - 70, 110, 24, HexColor(0xE8C7A8));
        } else {
            p.Circle(kPhoneWidth / 2, 150, 48, HexColor(0x9DB4C0));
        }
        const float nameY = !call && part.video ? 40 : 206;
        const float nameH = p.Text(text, 20, nameY, !call && part.video ? 220 : kPhoneWidth - 40, 34, kWhite,
                                   call || !part.video, true);
        if (!part.number.empty())
            p.Text(part.number, 20, nameY + nameH, kPhoneWidth - 40, kPhoneSmallFont, kWhite, true);
        if (!part.detail.zh.empty())
            p.Text(part.detail.In(ui.lang), 20, nameY + nameH + (part.number.empty() ? 0 : 28),
                   !call && part.video ? 220 : kPhoneWidth - 40, kPhoneSmallFont, kWhite,
                   call || !part.video);
        for (const PhoneTarget& button : layout.targets) {
            if (button.part != placed.part) continue;
            const bool red = button.id == "decline" || button.id == "hang-up";
            const bool green = button.id == "accept";
            const float cx = button.box.CenterX(), cy = button.box.CenterY(), r = button.box.w / 2 - 6;
            p.Circle(cx, cy, r, red ? kRed : green ? kGreen : HexColor(0x5C6E7A));
            p.Icon(red                   ? "hang-up"
                   : green               ? "phone"
                   : button.id == "mute" ? "mic"
                                         : "camera",
                   cx, cy, r * 1.4f, false);
            const char* key = button.id == "accept"    ? "lesson.phone.accept"
                              : button.id == "decline" ? "lesson.phone.decline"
                              : button.id == "hang-up" ? "lesson.phone.hang_up"
                              : button.id == "mute"    ? "lesson.phone.mute"
                                                       : "lesson.phone.switch_camera";
            p.Text(Say(ui, key), cx - 60, button.box.Bottom() + 2, 120, kPhoneSmallFont, kWhite, true);
        }
        break;
    }
    case PartKind::Camera: {
        p.Rect(0, 0, kPhoneWidth, kPhoneHeight, HexColor(0x111111));
        p.Rect(0, 70, kPhoneWidth, 540, HexColor(0x3A4148));
        if (part.qr) {
            p.Rect(40, 120, kPhoneWidth - 80, 420, HexColor(0xCFC9BD)); // a notice on a wall
            p.QrCode(kPhoneWidth / 2 - 90, 220, 180);
            const float a = 66, z = kPhoneWidth - 66, t = 190, bt = 430;
            for (const auto& [x, y, dx, dy] :
                 {std::array<float, 4>{a, t, 1, 1}, std::array<float, 4>{z, t, -1, 1},
                  std::array<float, 4>{a, bt, 1, -1}, std::array<float, 4>{z, bt, -1, -1}}) {
                p.Line(x, y, x + dx * 36, y, HexColor(0x4CD07D), 5);
                p.Line(x, y, x, y + dy * 36, HexColor(0x4CD07D), 5);
            }
        } else {
            p.Photo(0, 70, kPhoneWidth, 540);
        }
        if (const PhoneTarget* shutter = layout.Target("shutter")) {
            p.Circle(shutter->box.CenterX(), shutter->box.CenterY(), 44, kWhite);
            p.Ring(shutter->box.CenterX(), shutter->box.CenterY(), 52, kWhite, 4);
        }
        break;
    }
    }
}

} // namespace

float PhoneScaleForHeight(float height) {
    return height / (kPhoneHeight + 2 * kPhoneBezel);
}

ImVec2 PhoneBodySize(float scale) {
    return ImVec2((kPhoneWidth + 2 * kPhoneBezel) * scale, (kPhoneHeight + 2 * kPhoneBezel) * scale);
}

void DrawPhone(Ui& ui, const PhoneFrame& frame, const TutorialStep& step, const PhoneLayout& layout,
               const PhoneState& state) {
    Painter p(ui, frame);
    ImDrawList* draw = p.Draw();
    const float bezel = frame.Bezel();
    const ImVec2 screenMin = frame.At(0, 0), screenMax = frame.At(kPhoneWidth, kPhoneHeight);
    FillRoundedRect(draw, ImVec2(screenMin.x - bezel, screenMin.y - bezel),
                    ImVec2(screenMax.x + bezel, screenMax.y + bezel), ToImU32(kBody), frame.Len(56));
    // Side buttons, as a real phone has them.
    draw->AddRectFilled(ImVec2(screenMax.x + bezel, frame.At(0, 150).y),
                        ImVec2(screenMax.x + bezel + frame.Len(4), frame.At(0, 230).y), ToImU32(kBody));
    draw->PushClipRect(screenMin, screenMax, true);
    FillRoundedRect(draw, screenMin, screenMax, ToImU32(kScreen), frame.Len(44));

    const bool fullScreen = std::any_of(step.parts.begin(), step.parts.end(), [](const PhonePart& part) {
        return part.kind == PartKind::Call || part.kind == PartKind::InCall || part.kind == PartKind::Camera;
    });
    const bool homeScreen = !fullScreen && !step.HasTitleBar() &&
                            std::any_of(step.parts.begin(), step.parts.end(),
                                        [](const PhonePart& part) { return part.kind == PartKind::Icon; });
    if (homeScreen) p.VerticalGradient(0, 0, kPhoneWidth, kPhoneHeight, kWallTop, kWallBottom);
    for (const PlacedPart& placed : layout.parts) {
        const PartKind kind = step.parts[static_cast<std::size_t>(placed.part)].kind;
        if (kind == PartKind::Call || kind == PartKind::InCall || kind == PartKind::Camera)
            DrawPart(p, ui, step, layout, placed, state);
    }
    if (step.HasTitleBar() && !fullScreen) {
        p.Rect(0, 0, kPhoneWidth, kPhoneStatusBar + kPhoneTitleBar, kWhite);
        p.Line(20, kPhoneStatusBar + 48, 34, kPhoneStatusBar + 34, kInk, 3.5f);
        p.Line(20, kPhoneStatusBar + 48, 34, kPhoneStatusBar + 62, kInk, 3.5f);
        p.Text(step.app.In(ui.lang), 60, kPhoneStatusBar + 28, kPhoneWidth - 80, kPhoneTitleFont, kInk, false,
               true);
        p.Line(0, kPhoneStatusBar + kPhoneTitleBar - 1, kPhoneWidth, kPhoneStatusBar + kPhoneTitleBar - 1,
               kLine, 1);
    }
    StatusBar(p, homeScreen || fullScreen);
    for (const PlacedPart& placed : layout.parts) {
        const PartKind kind = step.parts[static_cast<std::size_t>(placed.part)].kind;
        if (kind != PartKind::Call && kind != PartKind::InCall && kind != PartKind::Camera)
            DrawPart(p, ui, step, layout, placed, state);
    }
    // The gesture bar at the bottom.
    p.Rect(kPhoneWidth / 2 - 60, kPhoneHeight - 14, 120, 5, fullScreen || homeScreen ? kWhite : kInk, 3);
    draw->PopClipRect();

    ui.registry.AddPart("phone",
                        {screenMin.x - bezel, screenMin.y - bezel, screenMax.x - screenMin.x + 2 * bezel,
                         screenMax.y - screenMin.y + 2 * bezel});
    for (const PhoneTarget& target : layout.targets) {
        if (layout.modalPart >= 0 && target.part != layout.modalPart) continue; // covered by the dialog
        const ImVec2 a = frame.At(target.hit.x, target.hit.y);
        ui.registry.AddPart("phone:" + target.id,
                            {a.x, a.y, frame.Len(target.hit.w), frame.Len(target.hit.h)});
    }
}

void DrawPhoneHint(Ui& ui, const PhoneFrame& frame, const PhoneBox& target, float pulse) {
    Painter p(ui, frame);
    const float grow = pulse < 0 ? 6 : 6 + 10 * pulse;
    const float alpha = pulse < 0 ? 1 : 1 - 0.5f * pulse;
    p.Draw()->AddRect(p.P(target.x - grow, target.y - grow),
                      p.P(target.x + target.w + grow, target.y + target.h + grow), ToImU32(kHint, alpha),
                      p.L(16), 0, p.L(6));
    // The arrow comes from beside the phone, on the panel's side, and points at the target's edge.
    const ImVec2 a = p.P(target.x - grow, target.y - grow);
    ui.registry.AddPart("lesson-hint", {a.x, a.y, p.L(target.w + 2 * grow), p.L(target.h + 2 * grow)});
    const float tipX = target.x + target.w + grow + 6, y = target.CenterY();
    const float tailX = kPhoneWidth + kPhoneBezel + 40; // into the gap before the panel, not over its text
    p.Line(tailX, y, tipX + 26, y, kHint, 10);
    p.Draw()->AddTriangleFilled(p.P(tipX, y), p.P(tipX + 34, y - 24), p.P(tipX + 34, y + 24), ToImU32(kHint));
}

void DrawHand(Ui& ui, const PhoneFrame& frame, float x, float y, bool pressed, float ring) {
    Painter p(ui, frame);
    if (pressed) p.Circle(x, y, 26, kHint, 0.35f);
    if (ring > 0) {
        p.Draw()->PathArcTo(p.P(x, y), p.L(34), -1.5708f, -1.5708f + ring * 6.2832f, 32);
        p.Draw()->PathStroke(ToImU32(kHint), 0, p.L(6));
    }
    // A pointing hand: the index finger up from a fist, fingertip at (x, y); it sinks a little when pressing.
    const float d = pressed ? 4 : 0;
    const ImVec2 tip = p.P(x - 16, y - 6);
    ui.registry.AddPart("lesson-hand", {tip.x, tip.y, p.L(78), p.L(122)});
    const Rgb skin = HexColor(0xF3D2B3), edge = HexColor(0x8A5A3C);
    p.Rect(x - 13, y - 6 + d, 26, 76, skin, 13);
    p.Outline(x - 13, y - 6 + d, 26, 76, edge, 13, 2.5f);
    p.Rect(x - 16, y + 46 + d, 78, 70, skin, 22);
    p.Outline(x - 16, y + 46 + d, 78, 70, edge, 22, 2.5f);
    p.Rect(x - 11, y + 44 + d, 22, 10, skin); // the finger joins the hand without a seam
}

} // namespace kepu
