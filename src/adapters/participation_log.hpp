// The participation log: DATA/kepu.db, SQLite in WAL mode. The frame thread only enqueues (a
// mutex and a vector push); a writer thread commits in small batches with synchronous=FULL, so an
// event is on disk within a fraction of a second and survives a power cut. When the disk is full,
// read-only, locked or failing, events wait in memory (bounded) and the writer retries; a database
// found corrupted at start is moved aside under a timestamped name and a new one begun. The SQL is
// in storage/log_store.cpp; this file is the queue and the thread.
#pragma once
#include "core/participation.hpp"
#include "storage/log_store.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kepu {

struct ParticipationLogSettings {
    std::filesystem::path file;                // e.g. var/kepu.db
    std::string vfs;                           // SQLite VFS name; empty for the default (tests inject faults)
    std::chrono::milliseconds batchWindow{50}; // gather events this long before a commit
    std::size_t maxBuffered = 200'000;         // events kept in memory while the disk refuses them
    std::chrono::milliseconds firstRetry{250};
    std::chrono::milliseconds maxRetry{5000};
    std::chrono::milliseconds busyTimeout{2000};  // one attempt waits this long for another program's lock
    std::chrono::milliseconds stopPatience{1000}; // at Stop(), retries for this long at most, then gives up
};

struct ParticipationLogStatus {
    std::int64_t enqueued = 0; // events handed to the log since start
    std::int64_t durable = 0;  // of those, how many are committed to disk (in order)
    std::size_t waiting = 0;   // in memory, not yet on disk
    std::int64_t dropped = 0;  // never written because the memory bound was reached
    std::string problem;       // empty when all is well; else cause and fix, for the admin screen
    std::string movedAside;    // a corrupted database moved aside at start, if any
    int integrityChecks = 0;   // PRAGMA quick_check runs so far (one per opening of the log)
};

class ParticipationLog {
  public:
    explicit ParticipationLog(ParticipationLogSettings settings);
    ~ParticipationLog(); // Stop(), and what was not written is reported on stderr
    ParticipationLog(const ParticipationLog&) = delete;
    ParticipationLog& operator=(const ParticipationLog&) = delete;

    // Never waits for the disk. Returns the event's sequence number (1, 2, …) in this run.
    std::int64_t Enqueue(LogEvent event);
    ParticipationLogStatus Status() const;
    // Waits until everything enqueued so far is durable, or the timeout passes. Returns true if durable.
    bool Flush(std::chrono::milliseconds timeout);
    // A random number for this run of the kiosk, stored with every event (with the sequence number).
    std::int64_t Run() const { return m_run; }
    // Stops the writer: it writes what waits, retrying while a fault lasts for at most
    // settings.stopPatience (plus one attempt's busy timeout), waiting between attempts, never
    // spinning. Returns the final status: `waiting` events were never written, `problem` says why.
    // Enqueue after Stop() drops the event. Called by the destructor if not before.
    ParticipationLogStatus Stop();

  private:
    void WriterLoop();

    const ParticipationLogSettings m_settings;
    const std::int64_t m_run;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // writer: new events or stop
    std::condition_variable m_durableChanged;
    std::deque<NumberedEvent> m_incoming; // a deque: growing it never moves what is already queued
    std::int64_t m_enqueued = 0;
    std::int64_t m_durable = 0;
    std::size_t m_waiting = 0;
    std::int64_t m_dropped = 0;
    std::string m_problem;
    std::string m_movedAside;
    int m_integrityChecks = 0;
    bool m_stop = false;
    bool m_stopped = false; // Stop() has joined the writer
    std::thread m_thread;
};

} // namespace kepu
