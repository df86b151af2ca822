// Shared by the renderer tests: draws one texture into a rectangle of an otherwise cleared frame,
// through the window's real Render, and reads the frame back as RGBA.
#pragma once
#include "app/render/render_window.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <vector>

namespace kepu::testing {

inline std::vector<unsigned char> DrawTextureAndRead(RenderWindow& window, ImTextureID texture, ImVec2 min,
                                                     ImVec2 max, int frameW, int frameH, Rgb clear) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect(ImVec2(0, 0), ImVec2(static_cast<float>(frameW), static_cast<float>(frameH)));
    list.PushTextureID(texture);
    list.AddImage(texture, min, max);
    ImDrawList* lists[] = {&list};
    ImDrawData data;
    data.Valid = true;
    data.CmdLists = lists;
    data.CmdListsCount = 1;
    data.TotalVtxCount = list.VtxBuffer.Size;
    data.TotalIdxCount = list.IdxBuffer.Size;
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(static_cast<float>(frameW), static_cast<float>(frameH));
    data.FramebufferScale = ImVec2(1, 1);
    window.Render(&data, clear);
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
    REQUIRE(window.ReadPixels(width, height, rgba));
    REQUIRE(width == frameW);
    REQUIRE(height == frameH);
    window.Present();
    return rgba;
}

} // namespace kepu::testing
