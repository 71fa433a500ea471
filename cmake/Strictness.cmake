# One INTERFACE target carrying the project's warnings and Qt strictness defines;
# every library, executable and test links it.
add_library(seqring_strict INTERFACE)
target_compile_options(seqring_strict INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(seqring_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(SEQRING_WERROR)
    target_compile_options(seqring_strict INTERFACE -Werror)
endif()
if(SEQRING_SANITIZE)
    # GCC leaves float-cast-overflow out of "undefined" (clang, and so the fuzzers, has it):
    # named here so a double cast outside an integer's range fails the ASan+UBSan run too.
    target_compile_options(seqring_strict INTERFACE
        -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined,float-cast-overflow)
    target_link_options(seqring_strict INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()
if(SEQRING_FUZZ)
    # Coverage for libFuzzer in every library; tests/fuzz links the fuzzer's main.
    target_compile_options(seqring_strict INTERFACE -O1
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(seqring_strict INTERFACE -fsanitize=address,undefined)
endif()
