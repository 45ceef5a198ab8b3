// str's case conversions (upper, lower, casefold, title, capitalize,
// swapcase) and character-class predicates (isalpha, isdigit, istitle,
// ...), one code point at a time through unicode_case.h. Conversions use
// the full mappings, so a result may be longer than its input
// ('ß'.upper() == 'SS'); ASCII text takes a byte loop into a str of its
// final size.
#include <string>

#include "lexer/identifier.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/str_builder.h"
#include "vm/str_methods.h"
#include "vm/unicode_case.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

using unicode::CaseMapping;

void append_mapping(StrBuilder& builder, const CaseMapping& mapping) {
  for (int i = 0; i < mapping.count; ++i)
    builder.append(mapping.code_points[i]);
}

// lower() of the character at `index`, which needs its neighbours when it
// is a capital sigma.
CaseMapping lower_in_context(const Str* text, int64_t index) {
  char32_t c = text->at(index);
  if (c == U'\u03A3') {
    auto at = [text](long long i) { return text->at(i); };
    return CaseMapping{{unicode::lower_sigma(at, index, text->length), 0, 0}, 1};
  }
  return unicode::to_lower(c);
}

// Maps ASCII text byte by byte into a str of the same length.
template <class ByteMap>
Value map_ascii(VM& vm, Str* text, ByteMap map) {
  Root<Str> source(vm.heap(), text);
  Str* result = allocate_blank_str(vm, text->length, 1, true);
  const uint8_t* from = source->data();
  uint8_t* to = result->data();
  bool previous_is_cased = false;
  for (int64_t i = 0; i < source->length; ++i)
    to[i] = map(from[i], i, previous_is_cased);
  return str_value(result);
}

bool ascii_lower(uint8_t c) {
  return c >= 'a' && c <= 'z';
}
bool ascii_upper(uint8_t c) {
  return c >= 'A' && c <= 'Z';
}
uint8_t ascii_to_lower(uint8_t c) {
  return ascii_upper(c) ? c + 32 : c;
}
uint8_t ascii_to_upper(uint8_t c) {
  return ascii_lower(c) ? c - 32 : c;
}

enum class CaseConversion { kUpper, kLower, kCasefold, kTitle, kCapitalize, kSwapcase };

constexpr std::string_view qualified_name(CaseConversion conversion) {
  switch (conversion) {
    case CaseConversion::kUpper:
      return "str.upper";
    case CaseConversion::kLower:
      return "str.lower";
    case CaseConversion::kCasefold:
      return "str.casefold";
    case CaseConversion::kTitle:
      return "str.title";
    case CaseConversion::kCapitalize:
      return "str.capitalize";
    case CaseConversion::kSwapcase:
      return "str.swapcase";
  }
  return "";
}

Value convert_ascii(VM& vm, Str* text, CaseConversion conversion) {
  switch (conversion) {
    case CaseConversion::kUpper:
      return map_ascii(vm, text, [](uint8_t c, int64_t, bool&) { return ascii_to_upper(c); });
    case CaseConversion::kLower:
    case CaseConversion::kCasefold:
      return map_ascii(vm, text, [](uint8_t c, int64_t, bool&) { return ascii_to_lower(c); });
    case CaseConversion::kTitle:
      return map_ascii(vm, text, [](uint8_t c, int64_t, bool& previous_is_cased) {
        uint8_t mapped = previous_is_cased ? ascii_to_lower(c) : ascii_to_upper(c);
        previous_is_cased = ascii_lower(c) || ascii_upper(c);
        return mapped;
      });
    case CaseConversion::kCapitalize:
      return map_ascii(vm, text, [](uint8_t c, int64_t i, bool&) {
        return i == 0 ? ascii_to_upper(c) : ascii_to_lower(c);
      });
    case CaseConversion::kSwapcase:
      return map_ascii(vm, text, [](uint8_t c, int64_t, bool&) {
        return ascii_upper(c) ? ascii_to_lower(c) : ascii_to_upper(c);
      });
  }
  return Value();
}

Value convert_unicode(VM& vm, Str* text, CaseConversion conversion) {
  StrBuilder builder(text->length);
  bool previous_is_cased = false;
  for (int64_t i = 0; i < text->length; ++i) {
    char32_t c = text->at(i);
    switch (conversion) {
      case CaseConversion::kUpper:
        append_mapping(builder, unicode::to_upper(c));
        break;
      case CaseConversion::kLower:
        append_mapping(builder, lower_in_context(text, i));
        break;
      case CaseConversion::kCasefold:
        append_mapping(builder, unicode::case_fold(c));
        break;
      case CaseConversion::kTitle:
        append_mapping(builder,
                       previous_is_cased ? lower_in_context(text, i) : unicode::to_title(c));
        previous_is_cased = unicode::is_cased(c);
        break;
      case CaseConversion::kCapitalize:
        append_mapping(builder, i == 0 ? unicode::to_title(c) : lower_in_context(text, i));
        break;
      case CaseConversion::kSwapcase:
        if (unicode::is_uppercase(c)) {
          append_mapping(builder, lower_in_context(text, i));
        } else if (unicode::is_lowercase(c)) {
          append_mapping(builder, unicode::to_upper(c));
        } else {
          builder.append(c);
        }
        break;
    }
  }
  return str_value(builder.finish(vm));
}

template <CaseConversion kConversion>
Value case_method(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, qualified_name(kConversion), args)) return Value();
  Str* text = as_str(self);
  return text->ascii ? convert_ascii(vm, text, kConversion)
                     : convert_unicode(vm, text, kConversion);
}

// --- predicates -----------------------------------------------------------

// The is...() methods that hold when the text is non-empty and every
// character has the property (isprintable also holds for '').
template <bool (*kProperty)(char32_t), bool kEmptyResult>
Value every_char_method(VM& vm, Value self, CallArgs args, std::string_view name) {
  if (!check_no_arguments(vm, name, args)) return Value();
  Str* text = as_str(self);
  if (text->length == 0) return vm.boolean(kEmptyResult);
  for (int64_t i = 0; i < text->length; ++i) {
    if (!kProperty(text->at(i))) return vm.boolean(false);
  }
  return vm.boolean(true);
}

#define EDDY_EVERY_CHAR_METHOD(method, property, empty_result)                        \
  Value str_##method(VM& vm, Value self, CallArgs args) {                             \
    return every_char_method<property, empty_result>(vm, self, args, "str." #method); \
  }
EDDY_EVERY_CHAR_METHOD(isalpha, unicode::is_alpha, false)
EDDY_EVERY_CHAR_METHOD(isdecimal, unicode::is_decimal, false)
EDDY_EVERY_CHAR_METHOD(isdigit, unicode::is_digit, false)
EDDY_EVERY_CHAR_METHOD(isnumeric, unicode::is_numeric, false)
EDDY_EVERY_CHAR_METHOD(isalnum, unicode::is_alnum, false)
EDDY_EVERY_CHAR_METHOD(isspace, unicode::is_space, false)
EDDY_EVERY_CHAR_METHOD(isprintable, unicode::is_printable, true)
#undef EDDY_EVERY_CHAR_METHOD

Value str_isascii(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "str.isascii", args)) return Value();
  return vm.boolean(as_str(self)->ascii);
}

Value str_isidentifier(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "str.isidentifier", args)) return Value();
  Str* text = as_str(self);
  if (text->length == 0) return vm.boolean(false);
  return vm.boolean(lexer::find_invalid_identifier_char(to_utf8(text)) == std::string_view::npos);
}

// islower: some cased character, and none upper or title case. isupper
// is its mirror.
template <bool kLower>
Value case_predicate(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, kLower ? "str.islower" : "str.isupper", args)) return Value();
  Str* text = as_str(self);
  bool cased = false;
  for (int64_t i = 0; i < text->length; ++i) {
    char32_t c = text->at(i);
    bool same = kLower ? unicode::is_lowercase(c) : unicode::is_uppercase(c);
    bool opposite = kLower ? unicode::is_uppercase(c) : unicode::is_lowercase(c);
    if (opposite || unicode::is_titlecase(c)) return vm.boolean(false);
    cased = cased || same;
  }
  return vm.boolean(cased);
}

// istitle: every word starts with an upper or title case character and
// continues in lower case; at least one cased character.
Value str_istitle(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "str.istitle", args)) return Value();
  Str* text = as_str(self);
  bool cased = false;
  bool previous_is_cased = false;
  for (int64_t i = 0; i < text->length; ++i) {
    char32_t c = text->at(i);
    if (unicode::is_uppercase(c) || unicode::is_titlecase(c)) {
      if (previous_is_cased) return vm.boolean(false);
      previous_is_cased = cased = true;
    } else if (unicode::is_lowercase(c)) {
      if (!previous_is_cased) return vm.boolean(false);
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return vm.boolean(cased);
}

constexpr NativeFunctionDef kStrCaseMethods[] = {
    {"upper", case_method<CaseConversion::kUpper>},
    {"lower", case_method<CaseConversion::kLower>},
    {"casefold", case_method<CaseConversion::kCasefold>},
    {"title", case_method<CaseConversion::kTitle>},
    {"capitalize", case_method<CaseConversion::kCapitalize>},
    {"swapcase", case_method<CaseConversion::kSwapcase>},
    {"isalpha", str_isalpha},
    {"isdecimal", str_isdecimal},
    {"isdigit", str_isdigit},
    {"isnumeric", str_isnumeric},
    {"isalnum", str_isalnum},
    {"isspace", str_isspace},
    {"isprintable", str_isprintable},
    {"isascii", str_isascii},
    {"isidentifier", str_isidentifier},
    {"islower", case_predicate<true>},
    {"isupper", case_predicate<false>},
    {"istitle", str_istitle},
};

}  // namespace

void add_str_case_methods(VM& vm) {
  add_methods(vm, vm.types().str, kStrCaseMethods);
}

}  // namespace eddy::vm
