// `format % values` for str and for bytes. This file walks the format string and the
// arguments (a tuple, a mapping for %(key)s, or one value) and turns each
// argument into what its conversion needs — str(), repr(), an int, a
// float; parsing one conversion and laying out its text is
// format_spec.h's. The argument bookkeeping follows CPython's
// PyUnicode_Format, whose rules decide which error a mismatch raises.
#include "vm/percent_format.h"

#include <cstring>
#include <string>

#include "vm/bytes.h"
#include "vm/exceptions.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/number.h"
#include "vm/protocols.h"
#include "vm/slot_dispatch.h"
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
  // For bytes formatting, %(key)s keys are bytes.
  PercentArgs(VM& vm, Value values, bool bytes_keys)
      : vm_(vm),
        values_(vm.heap(), values),
        mapping_object_(vm.heap(), values),
        bytes_keys_(bytes_keys) {
    Type* type = vm.type_of(values);
    if (type == vm.types().tuple) {
      count_ = static_cast<Tuple*>(values.as_object())->size;
      index_ = 0;
    }
    // Any subscriptable value but a tuple or the format's own kind may
    // serve %(key)s.
    bool own_kind = bytes_keys ? is_bytes_like(vm, values) : is_str(vm, values);
    if (type->slots.getitem && type != vm.types().tuple && !own_kind) mapping_ = true;
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
    Root<Object> key_object(vm_.heap(), bytes_keys_ ? Value::from_object(make_bytes(vm_, key))
                                                    : Value::from_object(make_str(vm_, key)));
    Value selected = get_item(vm_, mapping_object_.value(), key_object.value());
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
  bool bytes_keys_;
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

// %d %i %u %o %x %X %e %E %f %F %g %G, for str and bytes alike: their
// ASCII text appended to `out`.
bool format_number(VM& vm, Value value, const PercentSpec& spec, std::string& out) {
  switch (spec.conversion) {
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
      out += *text;
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
      out += percent_format_float(number, spec);
      return true;
    }
    default:
      raise_numeric_error(vm, percent_unsupported_conversion(spec));
      return false;
  }
}

// The text of one conversion of a str format, appended to `out`.
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
    default: {
      std::string text;
      if (!format_number(vm, value, spec, text)) return false;
      out.append_ascii(text);
      return true;
    }
  }
}

// Pads or truncates the bytes of %s %b %r %a %c as percent_format_text
// does text.
void append_padded_bytes(std::string_view data, const PercentSpec& spec, bool truncate,
                         std::string& out) {
  if (truncate && spec.precision >= 0 && data.size() > static_cast<size_t>(spec.precision)) {
    data = data.substr(0, static_cast<size_t>(spec.precision));
  }
  size_t padding = spec.width > static_cast<int64_t>(data.size())
                       ? static_cast<size_t>(spec.width) - data.size()
                       : 0;
  if (!spec.left_adjust) out.append(padding, ' ');
  out += data;
  if (spec.left_adjust) out.append(padding, ' ');
}

// %s and %b take a bytes-like object or one with __bytes__ (PEP 461).
bool bytes_of(VM& vm, Value value, std::string& out) {
  if (is_bytes_like(vm, value)) {
    out = bytes_like_view(vm, value);
    return true;
  }
  Value converted = call_special_method(vm, value, vm.intern("__bytes__"), {});
  if (converted.is_null()) {
    if (!vm.has_exception()) {
      type_error(vm,
                 "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                     type_name_of(vm, value) + "'");
    }
    return false;
  }
  if (vm.type_of(converted) != vm.types().bytes) {
    type_error(vm, "__bytes__ returned non-bytes (type " + type_name_of(vm, converted) + ")");
    return false;
  }
  out = bytes_like_view(vm, converted);
  return true;
}

// The bytes of one conversion of a bytes format, appended to `out`.
bool format_one_bytes(VM& vm, Value value, const PercentSpec& spec, std::string& out) {
  switch (spec.conversion) {
    case 's':
    case 'b': {
      std::string data;
      if (!bytes_of(vm, value, data)) return false;
      append_padded_bytes(data, spec, true, out);
      return true;
    }
    case 'r':
    case 'a': {
      Value text = ascii_of(vm, value);
      if (text.is_null()) return false;
      append_padded_bytes(to_utf8(as_str(text)), spec, true, out);
      return true;
    }
    case 'c': {
      if (is_bytes_like(vm, value) && bytes_like_view(vm, value).size() == 1) {
        append_padded_bytes(bytes_like_view(vm, value), spec, false, out);
        return true;
      }
      if (!is_int_like(vm, value)) {
        type_error(vm, "%c requires an integer in range(256) or a single byte");
        return false;
      }
      std::optional<int64_t> code = int_to_int64(vm, value);
      if (!code || *code < 0 || *code > 255) {
        raise(vm, vm.exceptions().OverflowError, "%c arg not in range(256)");
        return false;
      }
      char byte = static_cast<char>(*code);
      append_padded_bytes(std::string_view(&byte, 1), spec, false, out);
      return true;
    }
    default:
      return format_number(vm, value, spec, out);
  }
}

// Where str formatting puts its text...
class StrSink {
 public:
  StrSink(int64_t length, bool ascii) : builder_(length), ascii_(ascii) {}
  void literal(std::string_view text) {
    if (ascii_) {
      builder_.append_ascii(text);
    } else {
      builder_.append_utf8(text);
    }
  }
  void percent() { builder_.append('%'); }
  bool convert(VM& vm, Value value, const PercentSpec& spec) {
    return format_one(vm, value, spec, builder_);
  }
  Value finish(VM& vm) { return str_value(builder_.finish(vm)); }

 private:
  StrBuilder builder_;
  bool ascii_;
};

// ... and where bytes formatting puts its bytes.
class BytesSink {
 public:
  void literal(std::string_view data) { bytes_ += data; }
  void percent() { bytes_ += '%'; }
  bool convert(VM& vm, Value value, const PercentSpec& spec) {
    return format_one_bytes(vm, value, spec, bytes_);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Walks the format, sending literal text and each conversion to `sink`.
// `bytes_keys` is set for a bytes format (its keys and errors differ).
template <class Sink>
bool format_into(VM& vm, std::string_view text, Value values, bool bytes_keys, Sink& sink) {
  PercentArgs args(vm, values, bytes_keys);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t percent = text.find('%', pos);
    sink.literal(text.substr(pos, percent == std::string_view::npos ? percent : percent - pos));
    if (percent == std::string_view::npos) break;
    pos = percent + 1;
    NumericResult<PercentSpec> parsed = parse_percent_spec(text, pos);
    if (!parsed) {
      raise_numeric_error(vm, parsed.error());
      return false;
    }
    PercentSpec& spec = *parsed;
    if (spec.literal_percent) {
      sink.percent();
      continue;
    }
    if (spec.has_mapping_key && !args.select_by_key(spec.mapping_key)) return false;
    if (spec.width_from_argument) {
      if (!star_argument(vm, args, spec.width)) return false;
      if (spec.width < 0) {
        spec.left_adjust = true;
        spec.width = -spec.width;
      }
    }
    if (spec.precision_from_argument) {
      if (!star_argument(vm, args, spec.precision)) return false;
      if (spec.precision < 0) spec.precision = -1;
    }
    Root<Object> value(vm.heap(), args.next());
    if (value.value().is_null()) return false;
    if (!sink.convert(vm, value.value(), spec)) return false;
  }
  if (!args.all_used()) {
    type_error(vm, std::string("not all arguments converted during ") +
                       (bytes_keys ? "bytes" : "string") + " formatting");
    return false;
  }
  return true;
}

}  // namespace

Value percent_format(VM& vm, Str* format, Value values) {
  Root<Str> format_root(vm.heap(), format);
  std::string utf8 = to_utf8(format);
  StrSink sink(format->length, format->ascii);
  if (!format_into(vm, utf8, values, false, sink)) return Value();
  return sink.finish(vm);
}

Value bytes_percent_format(VM& vm, Value format, Value values) {
  Root<Object> format_root(vm.heap(), format);
  std::string data(bytes_like_view(vm, format));
  BytesSink sink;
  if (!format_into(vm, data, values, true, sink)) return Value();
  if (is_subtype(vm.type_of(format_root.value()), vm.types().bytearray)) {
    return Value::from_object(make_bytearray(vm, sink.bytes()));
  }
  return Value::from_object(make_bytes(vm, sink.bytes()));
}

}  // namespace eddy::vm
