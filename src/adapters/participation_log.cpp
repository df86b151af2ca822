// The participation log: a queue the frame thread fills and a writer thread that empties it into
// storage/log_store.
#include "adapters/participation_log.hpp"

#include <cstdio>
#include <iterator>
#include <random>

namespace kepu {

namespace {
std::int64_t RandomRun() {
    std::random_device random;
    const std::int64_t run = (static_cast<std::int64_t>(random()) << 31) ^ random();
    return run == 0 ? 1 : run;
}

sql::OpenOptions StoreOptions(const ParticipationLogSettings& settings) {
    sql::OpenOptions options;
    options.vfs = settings.vfs;
    options.retry = {settings.busyTimeout, settings.firstRetry, settings.maxRetry};
    return options;
}
} // namespace

ParticipationLog::ParticipationLog(ParticipationLogSettings settings)
    : m_settings(std::move(settings)), m_run(RandomRun()) {
    m_thread = std::thread([this] { WriterLoop(); });
}

ParticipationLog::~ParticipationLog() {
    const bool reported = m_stopped;
    const ParticipationLogStatus last = Stop();
    if (!reported && last.waiting > 0)
        std::fprintf(stderr, "kepu: %zu visit log entries were not written: %s\n", last.waiting,
                     last.problem.c_str());
}

ParticipationLogStatus ParticipationLog::Stop() {
    if (!m_stopped) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
        m_stopped = true;
    }
    return Status();
}

std::int64_t ParticipationLog::Enqueue(LogEvent event) {
    std::unique_lock lock(m_mutex);
    if (m_waiting >= m_settings.maxBuffered || m_stop) {
        ++m_dropped; // the disk has refused events for a long time (or the log stopped)
        return 0;
    }
    const std::int64_t seq = ++m_enqueued;
    const bool wasIdle = m_incoming.empty();
    m_incoming.push_back({seq, std::move(event)});
    ++m_waiting;
    lock.unlock();
    if (wasIdle) m_wake.notify_one();
    return seq;
}

ParticipationLogStatus ParticipationLog::Status() const {
    std::lock_guard lock(m_mutex);
    return {m_enqueued, m_durable, m_waiting, m_dropped, m_problem, m_movedAside, m_integrityChecks};
}

bool ParticipationLog::Flush(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    const std::int64_t target = m_enqueued;
    return m_durableChanged.wait_for(lock, timeout, [&] { return m_durable >= target; });
}

void ParticipationLog::WriterLoop() {
    using SteadyClock = std::chrono::steady_clock;
    const sql::OpenOptions options = StoreOptions(m_settings);
    LogStore store(m_settings.file, options);
    sql::Backoff backoff(options.retry);
    std::deque<NumberedEvent> pending;
    std::deque<NumberedEvent> arrived;
    std::chrono::milliseconds retry{0};
    bool failing = false;
    bool stopping = false; // the writer has seen m_stop
    SteadyClock::time_point stopDeadline{};

    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (failing) {
                // Wait out the back-off; a stop cuts it short once, so the last attempt comes at once.
                // After that the wait is only shortened to the deadline: no spinning while stopping.
                auto until = SteadyClock::now() + retry;
                if (stopping) until = std::min(until, stopDeadline);
                m_wake.wait_until(lock, until, [&] { return m_stop && !stopping; });
            } else if (pending.empty()) {
                m_wake.wait(lock, [&] { return m_stop || !m_incoming.empty(); });
            }
            // A short window so a burst of events becomes one transaction (one fsync).
            if (!m_stop && !failing) m_wake.wait_for(lock, m_settings.batchWindow, [&] { return m_stop; });
            arrived.swap(m_incoming); // O(1) under the lock; the frame thread is never held up
            if (m_stop) {
                if (!stopping) {
                    stopping = true;
                    stopDeadline = SteadyClock::now() + m_settings.stopPatience;
                } else if (failing && SteadyClock::now() >= stopDeadline) {
                    return; // the disk keeps refusing; Stop() reports what was not written
                }
                if (pending.empty() && arrived.empty()) return;
            }
        }
        if (pending.empty())
            pending.swap(arrived);
        else
            std::move(arrived.begin(), arrived.end(), std::back_inserter(pending));
        arrived.clear();

        sql::Status result;
        std::string movedAside;
        if (!store.IsOpen()) result = store.Open(movedAside);
        if (result.Ok()) {
            result = store.Write(pending, m_run);
            if (result.IsCorruption())
                movedAside = store.MoveAside("corrupt"); // reopened on the next try
            else if (!result.Ok() && !result.IsBusy())
                store.Close(); // reopen: the disk may be back
        }

        std::lock_guard lock(m_mutex);
        m_integrityChecks = store.IntegrityChecks();
        if (!movedAside.empty()) m_movedAside = movedAside;
        if (result.Ok()) {
            m_durable = pending.back().seq;
            m_waiting -= pending.size();
            pending.clear();
            m_problem.clear();
            failing = false;
            backoff.Reset();
            m_durableChanged.notify_all();
        } else {
            m_problem = sql::Describe(result, m_settings.file);
            failing = true;
            retry = backoff.Next();
        }
    }
}

} // namespace kepu
