#pragma once

#include <string>
#include <string_view>

namespace parley::hsg {

// A name as an id: its letters written in ASCII the way glibc's iconv
// transliterates them in the C.UTF-8 locale ("Gitanas Nausėda" becomes
// "gitanas-nauseda", "Tô Lâm" "to-lam"), lowercase, apostrophes left out,
// every run of other characters one hyphen. Empty when the name has no letter or digit.
std::string nameSlug(std::string_view name);

} // namespace parley::hsg
