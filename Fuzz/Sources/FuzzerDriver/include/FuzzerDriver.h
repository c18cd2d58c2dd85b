#ifndef PLANCHECK_FUZZER_DRIVER_H
#define PLANCHECK_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver (command-line flags, corpus, mutation loop) over `test_one_input`.
/// The targets link libFuzzer without its `main` (libclang_rt.fuzzer_no_main), because SwiftPM
/// renames an executable's own `main` and links every executable of the graph the same way.
int plancheck_fuzz_main(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));

#endif
