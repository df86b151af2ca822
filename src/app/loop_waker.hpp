// Wakes the frame loop from another thread (a background job finished or made progress), so the
// loop sleeps until something changed instead of polling its jobs. With a display the loop blocks in
// SDL_WaitEventTimeout and a pushed SDL event wakes it; headless (SDL's offscreen driver cannot block
// on events) it sleeps on a condition variable that Wake() signals.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace kepu {

class LoopWaker {
  public:
    // After SDL_Init: from then on Wake() also pushes an SDL event.
    void UseSdlEvents();
    // Any thread.
    void Wake();
    // Headless: returns after ms, or sooner when woken (a wake-up that came earlier counts too).
    void SleepHeadless(int ms);

  private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_woken = false;
    std::uint32_t m_sdlEvent = 0;
};

} // namespace kepu
