// A SQLite VFS that fails writes and syncs on demand.
#include "fault_vfs.hpp"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace faultvfs {
namespace {

std::atomic<int> g_error{SQLITE_OK};
std::atomic<int> g_mode{static_cast<int>(Mode::Off)};
std::atomic<int> g_remaining{0};
std::atomic<int> g_returned{0};
sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;

struct FaultFile {
    sqlite3_file base;  // pMethods: our methods
    sqlite3_file* real; // the wrapped file, allocated right after this struct
};

sqlite3_file* Real(sqlite3_file* f) {
    return reinterpret_cast<FaultFile*>(f)->real;
}

// Returns the error to inject for this call, or SQLITE_OK.
int Fault(int ioErrorCode) {
    const auto mode = static_cast<Mode>(g_mode.load());
    if (mode == Mode::Off) return SQLITE_OK;
    if (mode == Mode::Transient && g_remaining.fetch_sub(1) <= 0) {
        g_mode = static_cast<int>(Mode::Off);
        return SQLITE_OK;
    }
    ++g_returned;
    return g_error == SQLITE_FULL ? SQLITE_FULL : ioErrorCode;
}

int Close(sqlite3_file* f) {
    return Real(f)->pMethods->xClose(Real(f));
}
int Read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    return Real(f)->pMethods->xRead(Real(f), buf, n, off);
}
int Write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    if (int rc = Fault(SQLITE_IOERR_WRITE)) return rc;
    return Real(f)->pMethods->xWrite(Real(f), buf, n, off);
}
int Truncate(sqlite3_file* f, sqlite3_int64 size) {
    return Real(f)->pMethods->xTruncate(Real(f), size);
}
int Sync(sqlite3_file* f, int flags) {
    if (int rc = Fault(SQLITE_IOERR_FSYNC)) return rc == SQLITE_FULL ? SQLITE_IOERR_FSYNC : rc;
    return Real(f)->pMethods->xSync(Real(f), flags);
}
int FileSize(sqlite3_file* f, sqlite3_int64* size) {
    return Real(f)->pMethods->xFileSize(Real(f), size);
}
int Lock(sqlite3_file* f, int level) {
    return Real(f)->pMethods->xLock(Real(f), level);
}
int Unlock(sqlite3_file* f, int level) {
    return Real(f)->pMethods->xUnlock(Real(f), level);
}
int CheckReservedLock(sqlite3_file* f, int* out) {
    return Real(f)->pMethods->xCheckReservedLock(Real(f), out);
}
int FileControl(sqlite3_file* f, int op, void* arg) {
    return Real(f)->pMethods->xFileControl(Real(f), op, arg);
}
int SectorSize(sqlite3_file* f) {
    return Real(f)->pMethods->xSectorSize(Real(f));
}
int DeviceCharacteristics(sqlite3_file* f) {
    return Real(f)->pMethods->xDeviceCharacteristics(Real(f));
}
int ShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return Real(f)->pMethods->xShmMap(Real(f), region, size, extend, out);
}
int ShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return Real(f)->pMethods->xShmLock(Real(f), offset, n, flags);
}
void ShmBarrier(sqlite3_file* f) {
    Real(f)->pMethods->xShmBarrier(Real(f));
}
int ShmUnmap(sqlite3_file* f, int deleteFlag) {
    return Real(f)->pMethods->xShmUnmap(Real(f), deleteFlag);
}
int Fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out) {
    return Real(f)->pMethods->xFetch(Real(f), off, n, out);
}
int Unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
    return Real(f)->pMethods->xUnfetch(Real(f), off, p);
}

const sqlite3_io_methods kMethods = {3,
                                     Close,
                                     Read,
                                     Write,
                                     Truncate,
                                     Sync,
                                     FileSize,
                                     Lock,
                                     Unlock,
                                     CheckReservedLock,
                                     FileControl,
                                     SectorSize,
                                     DeviceCharacteristics,
                                     ShmMap,
                                     ShmLock,
                                     ShmBarrier,
                                     ShmUnmap,
                                     Fetch,
                                     Unfetch};

int Open(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags) {
    auto* file = reinterpret_cast<FaultFile*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    const int rc = g_base->xOpen(g_base, name, file->real, flags, outFlags);
    file->base.pMethods = rc == SQLITE_OK ? &kMethods : nullptr;
    return rc;
}

} // namespace

void Register() {
    if (g_base) return;
    g_base = sqlite3_vfs_find(nullptr);
    std::memcpy(&g_vfs, g_base, sizeof g_vfs);
    g_vfs.zName = kName;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_base->szOsFile;
    g_vfs.xOpen = Open;
    sqlite3_vfs_register(&g_vfs, 0);
}

void Inject(int error, Mode mode, int count) {
    g_error = error;
    g_remaining = count;
    g_returned = 0;
    g_mode = static_cast<int>(mode);
}

void Clear() {
    g_mode = static_cast<int>(Mode::Off);
}
int FailuresReturned() {
    return g_returned;
}

} // namespace faultvfs
