// Wakes the frame loop from another thread.
#include "app/loop_waker.hpp"

#include <SDL.h>

#include <chrono>

namespace kepu {

void LoopWaker::UseSdlEvents() {
    const Uint32 type = SDL_RegisterEvents(1);
    std::lock_guard lock(m_mutex);
    if (type != static_cast<Uint32>(-1)) m_sdlEvent = type;
}

void LoopWaker::Wake() {
    std::uint32_t type = 0;
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
        type = m_sdlEvent;
    }
    m_cv.notify_all();
    if (type != 0) {
        SDL_Event event{};
        event.type = type;
        SDL_PushEvent(&event); // thread-safe
    }
}

void LoopWaker::SleepHeadless(int ms) {
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, std::chrono::milliseconds(ms), [&] { return m_woken; });
    m_woken = false;
}

} // namespace kepu
