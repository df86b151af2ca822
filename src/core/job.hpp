// The one way the kiosk runs work off the frame thread (a PIN check, a content reload, and next:
// statistics queries, exports, uploads). A job runs a function on its own thread, reports progress,
// and when it ends holds either the value or an error message: every exception thrown inside becomes
// that message, so none can cross into the frame thread. The job calls `wake` after progress and at
// the end, so the frame loop can sleep until something changed instead of polling.
#pragma once
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace kepu {

// What the work function may tell the kiosk while it runs.
class JobProgress {
  public:
    explicit JobProgress(std::function<void()> wake) : m_wake(std::move(wake)) {}
    // fraction in 0..1; a note for the admin screen ("3 / 12 packs").
    void Report(double fraction, std::string note = {}) {
        {
            std::lock_guard lock(m_mutex);
            m_fraction = fraction;
            m_note = std::move(note);
        }
        if (m_wake) m_wake();
    }
    double Fraction() const {
        std::lock_guard lock(m_mutex);
        return m_fraction;
    }
    std::string Note() const {
        std::lock_guard lock(m_mutex);
        return m_note;
    }

  private:
    std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    double m_fraction = 0;
    std::string m_note;
};

template <class T> struct JobResult {
    std::optional<T> value; // set when the work returned
    std::string error;      // set when it threw: what() or "unknown error"
    bool Ok() const { return value.has_value(); }
};

template <class T> class Job {
  public:
    Job() = default;
    // Starts work(progress) on a new thread. wake (may be empty) is called from that thread.
    Job(std::function<T(JobProgress&)> work, std::function<void()> wake)
        : m_state(std::make_shared<State>(wake)) {
        m_thread = std::thread([state = m_state, work = std::move(work), wake = std::move(wake)] {
            JobResult<T> result;
            try {
                result.value.emplace(work(state->progress));
            } catch (const std::exception& e) {
                result.error = e.what();
            } catch (...) {
                result.error = "unknown error";
            }
            {
                std::lock_guard lock(state->mutex);
                state->result = std::move(result);
            }
            state->done = true;
            if (wake) wake();
        });
    }
    Job(Job&&) noexcept = default;
    Job& operator=(Job&& other) noexcept {
        Join();
        m_state = std::move(other.m_state);
        m_thread = std::move(other.m_thread);
        return *this;
    }
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;
    // A job still running when its owner goes (the kiosk quits) is waited for: its thread uses
    // nothing the owner frees, but the process must not end under it.
    ~Job() { Join(); }

    // True from the start until the result has been taken.
    bool Active() const { return m_state != nullptr; }
    bool Done() const { return m_state && m_state->done; }
    const JobProgress* Progress() const { return m_state ? &m_state->progress : nullptr; }
    // The result, once, when the job has ended; afterwards the job is inactive.
    std::optional<JobResult<T>> Take() {
        if (!Done()) return std::nullopt;
        Join();
        std::optional<JobResult<T>> result;
        {
            std::lock_guard lock(m_state->mutex);
            result = std::move(m_state->result);
        }
        m_state.reset();
        return result;
    }

  private:
    struct State {
        explicit State(std::function<void()> wake) : progress(std::move(wake)) {}
        JobProgress progress;
        std::mutex mutex;
        std::optional<JobResult<T>> result;
        std::atomic<bool> done{false};
    };
    void Join() {
        if (m_thread.joinable()) m_thread.join();
    }

    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

} // namespace kepu
