#pragma once

namespace parley {

// Restarts the program, once, with glibc's malloc backing its large blocks
// with transparent huge pages, then returns in the restarted program. Parley
// holds a million meetings in a few hundred large blocks, and on this kind of
// machine first touching them 4 KiB at a time took a third of opening a
// database or changing a filter. glibc reads the setting only at start, hence
// the restart; it returns at once when the setting is already there (the
// user's, or from the restart), and goes on as it is if the restart fails.
// Call it first thing in main(), before any thread starts.
void restartWithHugePages(char** argv);

} // namespace parley
