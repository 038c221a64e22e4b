#include "db/model/Slug.h"

#include <array>
#include <utility>

namespace parley {

namespace {

constexpr std::size_t kMaxSlugBytes = 190;

// The ASCII letters of the accented Latin letters people's and places' names
// use most (Latin-1 Supplement and Latin Extended-A), by code point.
constexpr std::array<std::pair<char32_t, const char*>, 79> kAscii{{
    {U'à', "a"}, {U'á', "a"},  {U'â', "a"}, {U'ã', "a"},  {U'ä', "a"},  {U'å', "a"}, {U'æ', "ae"},
    {U'ç', "c"}, {U'è', "e"},  {U'é', "e"}, {U'ê', "e"},  {U'ë', "e"},  {U'ì', "i"}, {U'í', "i"},
    {U'î', "i"}, {U'ï', "i"},  {U'ð', "d"}, {U'ñ', "n"},  {U'ò', "o"},  {U'ó', "o"}, {U'ô', "o"},
    {U'õ', "o"}, {U'ö', "o"},  {U'ø', "o"}, {U'ù', "u"},  {U'ú', "u"},  {U'û', "u"}, {U'ü', "u"},
    {U'ý', "y"}, {U'þ', "th"}, {U'ÿ', "y"}, {U'ß', "ss"}, {U'ā', "a"},  {U'ă', "a"}, {U'ą', "a"},
    {U'ć', "c"}, {U'ĉ', "c"},  {U'ċ', "c"}, {U'č', "c"},  {U'ď', "d"},  {U'đ', "d"}, {U'ē', "e"},
    {U'ĕ', "e"}, {U'ė', "e"},  {U'ę', "e"}, {U'ě', "e"},  {U'ĝ', "g"},  {U'ğ', "g"}, {U'ġ', "g"},
    {U'ģ', "g"}, {U'ĥ', "h"},  {U'ħ', "h"}, {U'ĩ', "i"},  {U'ī', "i"},  {U'į', "i"}, {U'ı', "i"},
    {U'ĵ', "j"}, {U'ķ', "k"},  {U'ĺ', "l"}, {U'ļ', "l"},  {U'ľ', "l"},  {U'ł', "l"}, {U'ń', "n"},
    {U'ņ', "n"}, {U'ň', "n"},  {U'ō', "o"}, {U'ő', "o"},  {U'œ', "oe"}, {U'ŕ', "r"}, {U'ř', "r"},
    {U'ś', "s"}, {U'ş', "s"},  {U'š', "s"}, {U'ţ', "t"},  {U'ť', "t"},  {U'ū', "u"}, {U'ů', "u"},
    {U'ű', "u"}, {U'ž', "z"},
}};

// The next code point of UTF-8 TEXT from AT, moving AT past it; U+FFFD for a
// broken sequence.
char32_t nextCodePoint(std::string_view text, std::size_t& at)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(text[i]);
    };
    const unsigned char lead = byte(at++);
    if (lead < 0x80)
        return lead;
    const int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (more < 0)
        return U'\uFFFD';
    char32_t point = lead & (0x3F >> more);
    for (int i = 0; i < more; ++i) {
        if (at >= text.size() || (byte(at) & 0xC0) != 0x80)
            return U'\uFFFD';
        point = (point << 6) | (byte(at++) & 0x3F);
    }
    return point;
}

// Lowercase ASCII for a code point, or nullptr when it has none.
const char* asciiOf(char32_t point, char (&buffer)[2])
{
    if ((point >= U'a' && point <= U'z') || (point >= U'0' && point <= U'9')) {
        buffer[0] = static_cast<char>(point);
        return buffer;
    }
    if (point >= U'A' && point <= U'Z') {
        buffer[0] = static_cast<char>(point - U'A' + U'a');
        return buffer;
    }
    // Capitals of the table's letters sit 0x20 (Latin-1) or 1 (Extended-A) below them.
    for (const auto& [letter, ascii] : kAscii) {
        if (point == letter || (letter < 0x100 && point + 0x20 == letter) ||
            (letter >= 0x100 && point + 1 == letter))
            return ascii;
    }
    return nullptr;
}

} // namespace

std::string slugOf(std::string_view name)
{
    std::string slug;
    bool gap = false;
    for (std::size_t at = 0; at < name.size();) {
        char buffer[2] = {0, 0};
        const char* ascii = asciiOf(nextCodePoint(name, at), buffer);
        if (!ascii) {
            gap = !slug.empty();
            continue;
        }
        if (gap)
            slug += '-';
        gap = false;
        slug += ascii;
    }
    if (slug.size() > kMaxSlugBytes) {
        slug.resize(kMaxSlugBytes);
        while (!slug.empty() && slug.back() == '-')
            slug.pop_back();
    }
    return slug;
}

} // namespace parley
