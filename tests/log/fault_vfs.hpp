// A SQLite VFS that wraps the real one and fails writes and syncs on demand, for the log's fault
// tests: disk full and I/O errors, transient (the next N calls) or persistent (until cleared).
#pragma once

namespace faultvfs {

inline constexpr const char* kName = "kepu-faulty";

enum class Mode { Off, Transient, Persistent };

void Register();
// error: SQLITE_FULL (disk full) or SQLITE_IOERR (I/O error). Transient fails the next `count`
// writes or syncs; Persistent fails every one until Clear().
void Inject(int error, Mode mode, int count = 1);
void Clear();
int FailuresReturned();

} // namespace faultvfs
