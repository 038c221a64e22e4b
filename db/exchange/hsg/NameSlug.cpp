#include "db/exchange/hsg/NameSlug.h"

#include <iconv.h>
#include <locale.h>

#include <cerrno>
#include <memory>

namespace parley::hsg {

namespace {

// Transliteration follows LC_CTYPE; C.UTF-8 is built into glibc, so it is
// there on every system. Set for this thread only, and only while converting.
class Utf8Locale {
public:
    Utf8Locale()
        : m_locale(newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr))
        , m_previous(m_locale ? uselocale(m_locale) : nullptr)
    {
    }
    ~Utf8Locale()
    {
        if (m_locale) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
    }
    Utf8Locale(const Utf8Locale&) = delete;
    Utf8Locale& operator=(const Utf8Locale&) = delete;

private:
    locale_t m_locale;
    locale_t m_previous;
};

// The text in ASCII; a character iconv cannot write becomes "?", which the
// slug then drops like any other punctuation.
std::string toAscii(std::string_view text)
{
    const Utf8Locale locale;
    const auto converter = iconv_open("ASCII//TRANSLIT", "UTF-8");
    if (converter == reinterpret_cast<iconv_t>(-1))
        return std::string(text);
    const std::unique_ptr<void, int (*)(iconv_t)> closer(converter, iconv_close);
    std::string in(text);
    std::string out(text.size() * 4 + 16, '\0');
    char* from = in.data();
    std::size_t fromLeft = in.size();
    char* to = out.data();
    std::size_t toLeft = out.size();
    while (fromLeft > 0) {
        if (iconv(converter, &from, &fromLeft, &to, &toLeft) != static_cast<std::size_t>(-1))
            break;
        if (errno != EILSEQ && errno != EINVAL)
            break;
        // A byte that is not UTF-8 (the readers refuse such files): skip it.
        ++from;
        --fromLeft;
    }
    out.resize(out.size() - toLeft);
    return out;
}

} // namespace

std::string nameSlug(std::string_view name)
{
    std::string slug;
    bool gap = false;
    for (const char c : toAscii(name)) {
        if (c == '\'') // O’Neill is "oneill", not "o-neill"
            continue;
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (!letter && !upper) {
            gap = !slug.empty();
            continue;
        }
        if (gap)
            slug += '-';
        gap = false;
        slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return slug;
}

} // namespace parley::hsg
