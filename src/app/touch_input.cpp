// From SDL events to ImGui's pointer.
#include "app/touch_input.hpp"

#include <SDL.h>
#include <imgui.h>

namespace kepu {

std::optional<PointerEvent> TouchInput::Translate(const SDL_Event& e, int windowWidth, int windowHeight) {
    switch (e.type) {
    case SDL_FINGERDOWN:
        if (m_fingerActive) return std::nullopt; // an extra finger
        m_fingerActive = true;
        m_fingerId = e.tfinger.fingerId;
        return PointerEvent{PointerEvent::Type::Down, e.tfinger.x * windowWidth, e.tfinger.y * windowHeight};
    case SDL_FINGERMOTION:
        if (!m_fingerActive || e.tfinger.fingerId != m_fingerId) return std::nullopt;
        return PointerEvent{PointerEvent::Type::Move, e.tfinger.x * windowWidth, e.tfinger.y * windowHeight};
    case SDL_FINGERUP:
        if (!m_fingerActive || e.tfinger.fingerId != m_fingerId) return std::nullopt;
        m_fingerActive = false;
        return PointerEvent{PointerEvent::Type::Up, e.tfinger.x * windowWidth, e.tfinger.y * windowHeight};
    case SDL_MOUSEBUTTONDOWN:
        if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT || m_fingerActive)
            return std::nullopt;
        m_mouseDown = true;
        return PointerEvent{PointerEvent::Type::Down, static_cast<float>(e.button.x),
                            static_cast<float>(e.button.y)};
    case SDL_MOUSEMOTION:
        if (e.motion.which == SDL_TOUCH_MOUSEID || !m_mouseDown) return std::nullopt; // no hover
        return PointerEvent{PointerEvent::Type::Move, static_cast<float>(e.motion.x),
                            static_cast<float>(e.motion.y)};
    case SDL_MOUSEBUTTONUP:
        if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT || !m_mouseDown)
            return std::nullopt;
        m_mouseDown = false;
        return PointerEvent{PointerEvent::Type::Up, static_cast<float>(e.button.x),
                            static_cast<float>(e.button.y)};
    default: return std::nullopt;
    }
}

void TouchInput::ApplyToImGui(ImGuiIO& io) {
    if (m_leavePending && m_queue.empty()) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        m_leavePending = false;
        return;
    }
    while (!m_queue.empty()) {
        const PointerEvent event = m_queue.front();
        m_queue.pop_front();
        io.MousePos = ImVec2(event.x, event.y);
        if (event.type == PointerEvent::Type::Down) {
            io.MouseDown[0] = true;
            return; // the release, if already queued, waits for the next frame
        }
        if (event.type == PointerEvent::Type::Up) {
            io.MouseDown[0] = false;
            m_leavePending = true;
            return;
        }
    }
}

} // namespace kepu
