// `format % values` for str. This file walks the format string and the
// arguments (a tuple, a mapping for %(key)s, or one value) and turns each
// argument into what its conversion needs — str(), repr(), an int, a
// float; parsing one conversion and laying out its text is
// format_spec.h's. The argument bookkeeping follows CPython's
// PyUnicode_Format, whose rules decide which error a mismatch raises.
#include "vm/percent_format.h"

#include <cstring>
#include <string>

#include "vm/exceptions.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/number.h"
#include "vm/protocols.h"
#include "vm/str_builder.h"
#include "vm/str_format.h"
#include "vm/str_methods.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Value type_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().TypeError, message);
}

// The arguments of one % operation. A tuple gives them in order; any
// other value is the single argument. `argument_index` starts at -2 for a
// single argument, so that "used once" and "never used" can be told apart
// at the end, exactly as CPython counts.
class PercentArgs {
 public:
  PercentArgs(VM& vm, Value values)
      : vm_(vm), values_(vm.heap(), values), mapping_object_(vm.heap(), values) {
    Type* type = vm.type_of(values);
    if (type == vm.types().tuple) {
      count_ = static_cast<Tuple*>(values.as_object())->size;
      index_ = 0;
    }
    // Any subscriptable value but a tuple or str may serve %(key)s.
    if (type->slots.getitem && type != vm.types().tuple && !is_str(vm, values)) {
      mapping_ = true;
    }
  }

  Value next() {
    if (index_ < count_) {
      int64_t at = index_++;
      if (count_ < 0) return values_.value();
      return (*static_cast<Tuple*>(values_.get()))[at];
    }
    return type_error(vm_, "not enough arguments for format string");
  }

  // %(key)s: the mapping's value for key becomes the one argument the
  // conversion (and any '*') takes next.
  bool select_by_key(std::string_view key) {
    if (!mapping_) {
      type_error(vm_, "format requires a mapping");
      return false;
    }
    Root<Str> key_str(vm_.heap(), make_str(vm_, key));
    Value selected = get_item(vm_, mapping_object_.value(), key_str.value());
    if (selected.is_null()) return false;
    values_.set(selected);
    count_ = -1;
    index_ = -2;
    return true;
  }

  bool all_used() const { return !(index_ < count_ && !mapping_); }

 private:
  VM& vm_;
  Root<Object> values_;
  Root<Object> mapping_object_;  // the right operand of %, for %(key)s
  int64_t count_ = -1;
  int64_t index_ = -2;
  bool mapping_ = false;
};

bool is_int_like(VM& vm, Value value) {
  return value.is_small_int() || is_int(vm, value);
}

// '*' in a width or precision: the next argument, which must be an int.
bool star_argument(VM& vm, PercentArgs& args, int64_t& out) {
  Value value = args.next();
  if (value.is_null()) return false;
  std::optional<int64_t> number;
  if (is_int_like(vm, value)) number = int_to_int64(vm, value);
  if (!number) {
    type_error(vm, "* wants int");
    return false;
  }
  out = *number;
  return true;
}

// The argument of %d %i %u %o %x %X as an int: floats truncate for the
// decimal codes only.
bool integer_argument(VM& vm, Value value, char32_t conversion, BigInt& out) {
  bool decimal = conversion == 'd' || conversion == 'i' || conversion == 'u';
  if (is_int_like(vm, value)) {
    out = int_to_bigint(vm, value);
    return true;
  }
  if (decimal && value.is_double()) {
    NumericResult<BigInt> truncated = BigInt::from_double(value.as_double());
    if (!truncated) {
      raise_numeric_error(vm, truncated.error());
      return false;
    }
    out = std::move(*truncated);
    return true;
  }
  if (vm.type_of(value)->slots.index) {
    Value integer = index(vm, value);
    if (integer.is_null()) return false;
    out = int_to_bigint(vm, integer);
    return true;
  }
  std::string message = "%";
  message += static_cast<char>(conversion);
  message += decimal ? " format: a real number is required, not "
                     : " format: an integer is required, not ";
  type_error(vm, message + type_name_of(vm, value));
  return false;
}

bool float_argument(VM& vm, Value value, double& out) {
  if (value.is_double()) {
    out = value.as_double();
    return true;
  }
  if (is_int_like(vm, value)) {
    NumericResult<double> converted = int_to_bigint(vm, value).to_double();
    if (!converted) {
      raise_numeric_error(vm, converted.error());
      return false;
    }
    out = *converted;
    return true;
  }
  type_error(vm, "must be real number, not " + type_name_of(vm, value));
  return false;
}

// The text of one conversion, appended to `out`.
bool format_one(VM& vm, Value value, const PercentSpec& spec, StrBuilder& out) {
  switch (spec.conversion) {
    case 's':
    case 'r':
    case 'a': {
      Value text = spec.conversion == 's'   ? str(vm, value)
                   : spec.conversion == 'r' ? repr(vm, value)
                                            : ascii_of(vm, value);
      if (text.is_null()) return false;
      if (spec.width < 0 && spec.precision < 0) {
        out.append(as_str(text));
      } else {
        out.append_utf8(percent_format_text(to_utf8(as_str(text)), spec));
      }
      return true;
    }
    case 'c': {
      if (is_str(vm, value) && as_str(value)->length == 1) {
        out.append_utf8(percent_format_text(to_utf8(as_str(value)), spec));
        return true;
      }
      if (!is_int_like(vm, value)) {
        type_error(vm, "%c requires int or char");
        return false;
      }
      NumericResult<std::string> text = percent_format_char(int_to_bigint(vm, value), spec);
      if (!text) {
        raise_numeric_error(vm, text.error());
        return false;
      }
      out.append_utf8(*text);
      return true;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      BigInt integer;
      if (!integer_argument(vm, value, spec.conversion, integer)) return false;
      NumericResult<std::string> text = percent_format_int(integer, spec, vm.int_max_str_digits);
      if (!text) {
        raise_numeric_error(vm, text.error());
        return false;
      }
      out.append_ascii(*text);
      return true;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double number;
      if (!float_argument(vm, value, number)) return false;
      out.append_ascii(percent_format_float(number, spec));
      return true;
    }
    default:
      raise_numeric_error(vm, percent_unsupported_conversion(spec));
      return false;
  }
}

}  // namespace

Value percent_format(VM& vm, Str* format, Value values) {
  Root<Str> format_root(vm.heap(), format);
  PercentArgs args(vm, values);
  std::string utf8 = to_utf8(format);
  std::string_view text = utf8;
  StrBuilder out(format->length);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t percent = text.find('%', pos);
    std::string_view literal =
        text.substr(pos, percent == std::string_view::npos ? percent : percent - pos);
    if (format_root->ascii) {
      out.append_ascii(literal);
    } else {
      out.append_utf8(literal);
    }
    if (percent == std::string_view::npos) break;
    pos = percent + 1;
    NumericResult<PercentSpec> parsed = parse_percent_spec(text, pos);
    if (!parsed) return raise_numeric_error(vm, parsed.error());
    PercentSpec& spec = *parsed;
    if (spec.literal_percent) {
      out.append('%');
      continue;
    }
    if (spec.has_mapping_key && !args.select_by_key(spec.mapping_key)) return Value();
    if (spec.width_from_argument) {
      if (!star_argument(vm, args, spec.width)) return Value();
      if (spec.width < 0) {
        spec.left_adjust = true;
        spec.width = -spec.width;
      }
    }
    if (spec.precision_from_argument) {
      if (!star_argument(vm, args, spec.precision)) return Value();
      if (spec.precision < 0) spec.precision = -1;
    }
    Root<Object> value(vm.heap(), args.next());
    if (value.value().is_null()) return Value();
    if (!format_one(vm, value.value(), spec, out)) return Value();
  }
  if (!args.all_used()) {
    return type_error(vm, "not all arguments converted during string formatting");
  }
  return str_value(out.finish(vm));
}

}  // namespace eddy::vm
