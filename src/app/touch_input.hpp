// From SDL events to ImGui's pointer. ImGui 1.86's SDL backend reads the pointer from
// SDL_GetMouseState and ignores SDL_FINGER*, so the kiosk has its own input path:
//  - finger events by their coordinates; the first finger only (a palm or a second child's hand is
//    ignored until it lifts);
//  - mouse events for development, except those SDL synthesises from touch (which == SDL_TOUCH_MOUSEID),
//    so one touch is never two taps;
//  - at most one press or release reaches ImGui per frame, so a tap whose down and up arrive
//    together still clicks;
//  - after a release the pointer leaves the screen: no hover effects on touch.
#pragma once
#include <deque>
#include <optional>

union SDL_Event;
struct ImGuiIO;

namespace kepu {

struct PointerEvent {
    enum class Type { Down, Move, Up } type;
    float x = 0;
    float y = 0;
};

class TouchInput {
  public:
    // Pointer events in window coordinates; nullopt for anything that is not the active pointer.
    std::optional<PointerEvent> Translate(const SDL_Event& event, int windowWidth, int windowHeight);
    void Enqueue(const PointerEvent& event) { m_queue.push_back(event); }
    // Once per frame, before ImGui::NewFrame.
    void ApplyToImGui(ImGuiIO& io);
    bool HasPending() const { return !m_queue.empty() || m_leavePending; }

  private:
    std::deque<PointerEvent> m_queue;
    bool m_fingerActive = false;
    long long m_fingerId = 0;
    bool m_mouseDown = false;
    bool m_leavePending = false;
};

} // namespace kepu
