// The format mini-language: format(value, spec) for int, float and str,
// and the conversions of printf-style formatting ('%5.2f' % x).
//
// This file owns parsing a spec "[[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]" with CPython 3.11's error messages, and
// laying out a value by it: sign, alternate form, thousands grouping, fill
// and alignment, precision. It likewise parses one "%[(key)][flags]
// [width][.precision]type" and formats one number or text by it. It does
// not own str.format()'s replacement fields ("{0!r:>{w}}"), __format__
// dispatch, or walking the arguments of %: those are the VM's. Text is
// UTF-8; widths and precisions count code points. 'n' uses the C locale
// (no grouping, '.' as the point), as a Python program does until it calls
// locale.setlocale().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/bigint.h"
#include "vm/numeric_error.h"

namespace eddy::vm {

// A parsed standard format spec. Fields left unspecified keep the values
// below; how they default (alignment, fill) depends on the value's type.
struct FormatSpec {
  char32_t fill = ' ';
  bool fill_specified = false;
  char align = '\0';              // '<', '>', '^', '=', or '\0': the type's default
  char sign = '\0';               // '+', '-', ' ', or '\0'
  bool no_negative_zero = false;  // 'z'
  bool alternate = false;         // '#'
  bool zero_padding = false;      // '0' before the width
  int64_t width = -1;
  char grouping = '\0';  // ',' or '_'
  int64_t precision = -1;
  char32_t type = '\0';
};

// Parses `spec` (UTF-8). `type` is `default_type` when the spec names
// none ('d' for ints, '\0' for floats, 's' for str), which matters for
// checking the grouping. `type_name` ("int", "float", "str", "bool", ...)
// only words the errors, as in "Invalid format specifier 'abc' for object
// of type 'int'".
NumericResult<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name,
                                            char32_t default_type);

// format(value, spec) for an int (or bool: `type_name` says which). The
// float types (e E f F g G %) format float(value). `max_str_digits` is
// sys.get_int_max_str_digits(), which limits decimal output.
NumericResult<std::string> format_int(const BigInt& value, std::string_view spec,
                                      std::string_view type_name = "int",
                                      int max_str_digits = kDefaultMaxStrDigits);
NumericResult<std::string> format_int(int64_t value, std::string_view spec,
                                      std::string_view type_name = "int",
                                      int max_str_digits = kDefaultMaxStrDigits);

// format(value, spec) for a float. The empty type is repr-like: like 'g',
// but with at least one digit after the point, and 'r' without precision.
NumericResult<std::string> format_float(double value, std::string_view spec,
                                        std::string_view type_name = "float");

// format(text, spec) for a str (UTF-8).
NumericResult<std::string> format_str(std::string_view text, std::string_view spec,
                                      std::string_view type_name = "str");

// ---------------------------------------------------------------------------
// printf-style formatting, one conversion at a time.

struct PercentSpec {
  bool has_mapping_key = false;
  std::string_view mapping_key;  // the text between "%(" and ")"
  bool left_adjust = false;      // '-'
  bool sign_plus = false;        // '+'
  bool sign_space = false;       // ' '
  bool alternate = false;        // '#'
  bool zero_padding = false;     // '0'
  // With '*' the VM takes the width or precision from the arguments, as
  // CPython does: a negative width sets left_adjust and counts as its
  // absolute value, and a negative precision counts as 0.
  int64_t width = -1;
  bool width_from_argument = false;
  int64_t precision = -1;
  bool precision_from_argument = false;
  char32_t conversion = '\0';
  // "%%": a literal percent sign that takes no argument. (A '%' after
  // flags, as in "%5%", is an unsupported conversion instead.)
  bool literal_percent = false;
  // The conversion character's index in the format string, in code
  // points, which the "unsupported format character" error reports.
  size_t conversion_index = 0;
};

// Parses the specifier after the '%' at `format[pos - 1]` and moves `pos`
// past it. ValueError for "incomplete format" and the like.
NumericResult<PercentSpec> parse_percent_spec(std::string_view format, size_t& pos);

// The error for a conversion character that is not one of
// d i u o x X e E f F g G c s r a: "unsupported format character 'y'
// (0x79) at index 3".
NumericError percent_unsupported_conversion(const PercentSpec& spec);

// %d %i %u %o %x %X of an int.
NumericResult<std::string> percent_format_int(const BigInt& value, const PercentSpec& spec,
                                              int max_str_digits = kDefaultMaxStrDigits);
// %e %E %f %F %g %G of a float (the VM converts an int argument first).
std::string percent_format_float(double value, const PercentSpec& spec);
// %c of an int: the character with that code point. OverflowError outside
// range(0x110000).
NumericResult<std::string> percent_format_char(const BigInt& code_point, const PercentSpec& spec);
// %s, %r and %a of the text the VM made with str(), repr() or ascii(), and
// %c of a one-character str: precision truncates (except for %c), width
// pads with spaces.
std::string percent_format_text(std::string_view text, const PercentSpec& spec);

}  // namespace eddy::vm
