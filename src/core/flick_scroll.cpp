// Phone-like touch scrolling: follow the finger, glide on with exponential friction, stop at the ends.
#include "core/flick_scroll.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {

void FlickScroll::Press(Millis now, float y) {
    m_held = true;
    m_gliding = false;
    m_velocity = 0;
    m_lastY = y;
    m_pressY = y;
    m_travel = 0;
    m_sampleCount = 0;
    Record(now, y);
}

void FlickScroll::Move(Millis now, float y) {
    if (!m_held) return;
    // Finger moving up (y falling) brings later text into view: the offset grows.
    m_offset = std::clamp(m_offset + (m_lastY - y), 0.0f, m_maxOffset);
    m_lastY = y;
    m_travel = std::max(m_travel, std::fabs(y - m_pressY));
    Record(now, y);
}

void FlickScroll::Release(Millis now) {
    if (!m_held) return;
    m_held = false;
    m_velocity = 0;
    // The speed over the samples within the window before the release (and before the last move, if
    // the finger rested: then the newest sample is old and there is no flick).
    if (m_sampleCount < 2) return;
    const Sample& last = m_samples[static_cast<std::size_t>((m_sampleCount - 1) % 8)];
    if (now - last.at > kFlickWindowMs / 2) return;
    const Sample* first = &last;
    for (int i = m_sampleCount - 2; i >= std::max(0, m_sampleCount - 8); --i) {
        const Sample& s = m_samples[static_cast<std::size_t>(i % 8)];
        if (now - s.at > kFlickWindowMs) break;
        first = &s;
    }
    const Millis dt = last.at - first->at;
    if (dt <= 0) return;
    const float velocity = (first->y - last.y) / static_cast<float>(dt);
    if (std::fabs(velocity) < kStopSpeed) return;
    m_velocity = velocity;
    m_gliding = true;
    m_glideStart = now;
    m_glideFrom = m_offset;
}

void FlickScroll::Update(Millis now, float maxOffset) {
    m_maxOffset = std::max(0.0f, maxOffset);
    if (m_gliding) {
        const float t = static_cast<float>(std::max<Millis>(0, now - m_glideStart));
        const float decay = std::exp(-t / kGlideTauMs);
        m_offset = m_glideFrom + m_velocity * kGlideTauMs * (1 - decay);
        if (std::fabs(m_velocity * decay) < kStopSpeed) m_gliding = false;
    }
    if (m_offset < 0 || m_offset > m_maxOffset) {
        m_offset = std::clamp(m_offset, 0.0f, m_maxOffset);
        m_gliding = false; // an end stops the glide: no bounce, nothing to wait for
    }
    if (!m_gliding) m_velocity = 0;
}

void FlickScroll::SetOffset(float offset) {
    m_offset = std::max(0.0f, offset); // the next Update clamps it to the layout's end
    m_gliding = false;
    m_velocity = 0;
}

void FlickScroll::Record(Millis now, float y) {
    m_samples[static_cast<std::size_t>(m_sampleCount % 8)] = {now, y};
    ++m_sampleCount;
}

} // namespace kepu
