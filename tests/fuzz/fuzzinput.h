#pragma once

// Shared by the libFuzzer targets: the input as Qt types, and a check that aborts, so a
// broken property is a finding like a crash.

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace seqring::fuzz
{

// The fuzzer's bytes, without a copy (valid for the call only).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Aborts with `what` when `condition` is false.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace seqring::fuzz
