#pragma once

namespace seqring::test
{

// Whether this test was built with AddressSanitizer. Its quarantine keeps freed memory
// resident and its shadow memory grows with every allocation, so a resident size measured
// there says nothing of the code's own memory: the memory bounds are checked in the other
// builds (dev and ci presets, and make bench), the behaviour in all of them.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderAddressSanitizer = true;
#else
inline constexpr bool kUnderAddressSanitizer = false;
#endif
#else
inline constexpr bool kUnderAddressSanitizer = false;
#endif

} // namespace seqring::test
