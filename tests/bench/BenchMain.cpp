// main() of the benchmark programs that need nothing set up before they run.
#include "tests/bench/BenchSupport.h"

int main(int argc, char** argv) { return parley::bench::runBenchmarks(argc, argv); }
