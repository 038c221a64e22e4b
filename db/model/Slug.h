#pragma once

#include <string>
#include <string_view>

namespace parley {

// The id that parley/1 gives a record named NAME: lowercase ASCII words
// joined by hyphens ("Wang Yi" → "wang-yi", "Zoë Ferrer-Núñez" →
// "zoe-ferrer-nunez"), at most 190 characters, so that a suffix ("-2") still
// fits. Letters without an ASCII form drop out; a name with none gives "".
std::string slugOf(std::string_view name);

} // namespace parley
