// str.format(), format_map() and format(value, spec).
//
// A format string is literal text with replacement fields:
//   "{" [field_name] ["!" conversion] [":" format_spec] "}"
// where field_name is an argument (a number, a keyword, or nothing for
// the next automatic number) followed by ".attr" and "[key]" lookups, and
// the format spec may itself hold replacement fields, expanded first (one
// level deep, as PEP 3101 allows). The parser follows CPython's
// MarkupIterator so that malformed strings fail with the same message at
// the same point.
#include "vm/str_format.h"

#include <string>

#include "lexer/utf8.h"
#include "vm/exceptions.h"
#include "vm/format_spec.h"
#include "vm/int.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/protocols.h"
#include "vm/str_builder.h"
#include "vm/str_methods.h"
#include "vm/tuple.h"
#include "vm/unicode_case.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Value value_error(VM& vm, std::string_view message) {
  return raise(vm, vm.exceptions().ValueError, message);
}

Value make_str_value(VM& vm, const NumericResult<std::string>& text) {
  if (!text) return raise_numeric_error(vm, text.error());
  return str_value(make_str(vm, *text));
}

// format(value, spec) for the builtin types whose __format__ is the
// mini-language: null when `value` is of another type.
Value format_builtin(VM& vm, Value value, Str* spec) {
  Type* type = vm.type_of(value);
  const BuiltinTypes& types = vm.types();
  if (type != types.str && type != types.int_ && type != types.bool_ && type != types.float_) {
    return Value();
  }
  if (spec->length == 0) {
    return type == types.str ? value : str(vm, value);
  }
  std::string spec_text = to_utf8(spec);
  if (type == types.str) return make_str_value(vm, format_str(to_utf8(as_str(value)), spec_text));
  if (type == types.float_) return make_str_value(vm, format_float(value.as_double(), spec_text));
  std::string_view type_name = type == types.bool_ ? "bool" : "int";
  if (std::optional<int64_t> small = int_to_int64(vm, value)) {
    return make_str_value(vm, format_int(*small, spec_text, type_name, vm.int_max_str_digits));
  }
  return make_str_value(
      vm, format_int(int_to_bigint(vm, value), spec_text, type_name, vm.int_max_str_digits));
}

// --- the format-string parser --------------------------------------------

// A half-open range of code points in the format string.
struct Span {
  int64_t start = 0;
  int64_t end = 0;
  bool empty() const { return start >= end; }
};

struct Field {
  Span name;
  char32_t conversion = 0;
  Span spec;
  bool spec_has_fields = false;
};

// Where the arguments of one format() call come from, and the automatic
// numbering state shared by all fields, nested ones included.
struct FormatArgs {
  std::span<const Value> positional;
  bool has_positional = true;  // false for format_map
  std::span<const Value> keyword_values;
  Tuple* keyword_names = nullptr;
  Value mapping;  // format_map's argument, or null
  enum class Numbering { kUnknown, kAutomatic, kManual } numbering = Numbering::kUnknown;
  int64_t next_automatic = 0;
};

class Formatter {
 public:
  Formatter(VM& vm, Str* format_string, FormatArgs& args)
      : vm_(vm), text_(vm.heap(), format_string), args_(args) {}

  // The whole format string, formatted.
  Value run() {
    StrBuilder out(text_->length);
    if (!expand(Span{0, text_->length}, 2, out)) return Value();
    return str_value(out.finish(vm_));
  }

 private:
  char32_t at(int64_t i) const { return text_->at(i); }

  // Appends `span` with its fields replaced; `depth` counts the nesting
  // levels still allowed.
  bool expand(Span span, int depth, StrBuilder& out) {
    if (depth <= 0) {
      value_error(vm_, "Max string recursion exceeded");
      return false;
    }
    int64_t i = span.start;
    while (i < span.end) {
      int64_t literal_start = i;
      char32_t c = 0;
      while (i < span.end) {
        c = at(i++);
        if (c == '{' || c == '}') break;
        c = 0;
      }
      bool at_end = i >= span.end;
      if (c == '}' && (at_end || at(i) != '}')) {
        value_error(vm_, "Single '}' encountered in format string");
        return false;
      }
      if (c == '{' && at_end) {
        value_error(vm_, "Single '{' encountered in format string");
        return false;
      }
      if (c == 0) {
        out.append(text_.get(), literal_start, i);
        continue;
      }
      if (at(i) == c) {  // "{{" or "}}": one brace of literal text
        out.append(text_.get(), literal_start, i);
        ++i;
        continue;
      }
      out.append(text_.get(), literal_start, i - 1);
      Field field;
      if (!parse_field(i, span.end, field) || !render(field, depth, out)) return false;
    }
    return true;
  }

  // Parses the field after a '{' at i - 1, moving i past its '}'.
  bool parse_field(int64_t& i, int64_t end, Field& field) {
    field.name.start = i;
    char32_t c = 0;
    while (i < end) {
      c = at(i++);
      if (c == '{') {
        value_error(vm_, "unexpected '{' in field name");
        return false;
      }
      if (c == '[') {
        while (i < end && at(i) != ']')
          ++i;
        c = 0;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
      c = 0;
    }
    field.name.end = c ? i - 1 : i;
    if (c != '!' && c != ':') {
      if (c != '}') {
        value_error(vm_, "expected '}' before end of string");
        return false;
      }
      return true;
    }
    if (c == '!') {
      if (i >= end) {
        value_error(vm_, "end of string while looking for conversion specifier");
        return false;
      }
      field.conversion = at(i++);
      if (i < end) {
        c = at(i++);
        if (c == '}') return true;
        if (c != ':') {
          value_error(vm_, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    field.spec.start = i;
    int nesting = 1;
    while (i < end) {
      c = at(i++);
      if (c == '{') {
        field.spec_has_fields = true;
        ++nesting;
      } else if (c == '}' && --nesting == 0) {
        field.spec.end = i - 1;
        return true;
      }
    }
    value_error(vm_, "unmatched '{' in format spec");
    return false;
  }

  bool render(const Field& field, int depth, StrBuilder& out) {
    Root<Object> value(vm_.heap(), lookup(field.name));
    if (value.value().is_null()) return false;
    if (field.conversion) {
      value.set(convert(value.value(), field.conversion));
      if (value.value().is_null()) return false;
    }
    Root<Str> spec(vm_.heap(), vm_.intern(""));
    if (field.spec_has_fields) {
      StrBuilder expanded;
      if (!expand(field.spec, depth - 1, expanded)) return false;
      spec.set(str_value(expanded.finish(vm_)));
    } else if (!field.spec.empty()) {
      spec.set(str_value(substring(vm_, text_.get(), field.spec.start, field.spec.end)));
    }
    Value formatted = format_value(vm_, value.value(), spec.get());
    if (formatted.is_null()) return false;
    out.append(as_str(formatted));
    return true;
  }

  Value convert(Value value, char32_t conversion) {
    switch (conversion) {
      case 'r':
        return repr(vm_, value);
      case 's':
        return str(vm_, value);
      case 'a':
        return ascii_of(vm_, value);
      default: {
        std::string message = "Unknown conversion specifier ";
        if (conversion > 32 && conversion < 127) {
          message += static_cast<char>(conversion);
        } else {
          char hex[16];
          std::snprintf(hex, sizeof hex, "\\x%x", static_cast<unsigned>(conversion));
          message += hex;
        }
        return value_error(vm_, message);
      }
    }
  }

  // The decimal number a span spells, -1 if it is not one (or is empty).
  int64_t span_integer(Span span) {
    if (span.empty()) return -1;
    int64_t value = 0;
    for (int64_t i = span.start; i < span.end; ++i) {
      int digit = unicode::decimal_value(at(i));
      if (digit < 0) return -1;
      if (value > (INT64_MAX - digit) / 10) {
        value_error(vm_, "Too many decimal digits in format string");
        return -2;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  // The object a field name designates: the argument, then each .attr
  // and [key] applied in turn.
  Value lookup(Span name) {
    int64_t i = name.start;
    while (i < name.end && at(i) != '.' && at(i) != '[')
      ++i;
    Span first{name.start, i};
    int64_t number = span_integer(first);
    if (number == -2) return Value();
    bool numeric = first.empty() || number >= 0;
    if (numeric) {
      auto wanted =
          first.empty() ? FormatArgs::Numbering::kAutomatic : FormatArgs::Numbering::kManual;
      if (args_.numbering == FormatArgs::Numbering::kUnknown) args_.numbering = wanted;
      if (args_.numbering != wanted) {
        return value_error(vm_, wanted == FormatArgs::Numbering::kAutomatic
                                    ? "cannot switch from manual field specification to "
                                      "automatic field numbering"
                                    : "cannot switch from automatic field numbering to manual "
                                      "field specification");
      }
      if (first.empty()) number = args_.next_automatic++;
    }
    Root<Object> object(vm_.heap(), numeric ? positional(number) : keyword(first));
    if (object.value().is_null()) return Value();
    while (i < name.end) {
      char32_t c = at(i++);
      Span part{i, i};
      if (c == '.') {
        while (i < name.end && at(i) != '.' && at(i) != '[')
          ++i;
        part.end = i;
      } else if (c == '[') {
        while (i < name.end && at(i) != ']')
          ++i;
        if (i >= name.end) return value_error(vm_, "Missing ']' in format string");
        part.end = i++;
      } else {
        return value_error(vm_, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part.empty()) return value_error(vm_, "Empty attribute in format string");
      Value next;
      if (c == '.') {
        Str* attribute = substring(vm_, text_.get(), part.start, part.end);
        next = get_attribute(vm_, object.value(), vm_.intern(to_utf8(attribute)));
      } else {
        int64_t index = span_integer(part);
        if (index == -2) return Value();
        Value key = index >= 0 ? Value::from_small_int(index)
                               : str_value(substring(vm_, text_.get(), part.start, part.end));
        next = get_item(vm_, object.value(), key);
      }
      if (next.is_null()) return Value();
      object.set(next);
    }
    return object.value();
  }

  Value positional(int64_t number) {
    if (!args_.has_positional) return value_error(vm_, "Format string contains positional fields");
    if (number >= static_cast<int64_t>(args_.positional.size())) {
      return raise(vm_, vm_.exceptions().IndexError,
                   "Replacement index " + std::to_string(number) +
                       " out of range for positional args tuple");
    }
    return args_.positional[static_cast<size_t>(number)];
  }

  Value keyword(Span name) {
    Root<Str> key(vm_.heap(), substring(vm_, text_.get(), name.start, name.end));
    if (!args_.mapping.is_null()) return get_item(vm_, args_.mapping, key.value());
    if (args_.keyword_names) {
      for (int64_t k = 0; k < args_.keyword_names->size; ++k) {
        if (equal_str(as_str((*args_.keyword_names)[k]), key.get())) {
          return args_.keyword_values[static_cast<size_t>(k)];
        }
      }
    }
    return raise(vm_, vm_.exceptions().KeyError, to_utf8(key.get()));
  }

  VM& vm_;
  Root<Str> text_;
  FormatArgs& args_;
};

Value str_format_method(VM& vm, Value self, CallArgs args) {
  return format_str_with_args(vm, as_str(self), args);
}

Value str_format_map(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "str.format_map", args)) return Value();
  Root<Object> mapping(vm.heap(), args.values[0]);
  FormatArgs format_args;
  format_args.has_positional = false;
  format_args.mapping = mapping.value();
  return Formatter(vm, as_str(self), format_args).run();
}

Value str_dunder_format(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "str.__format__", args)) return Value();
  if (!is_str(vm, args.values[0])) {
    return raise_not_str(vm, "__format__() argument must be str", args.values[0]);
  }
  Str* spec = as_str(args.values[0]);
  if (spec->length == 0) return self;
  return make_str_value(vm, format_str(to_utf8(as_str(self)), to_utf8(spec)));
}

constexpr NativeFunctionDef kStrFormatMethods[] = {
    {"format", str_format_method},
    {"format_map", str_format_map},
    {"__format__", str_dunder_format},
};

}  // namespace

Value format_value(VM& vm, Value value, Str* spec) {
  Root<Str> spec_root(vm.heap(), spec ? spec : vm.intern(""));
  Value result = format_builtin(vm, value, spec_root.get());
  if (!result.is_null() || vm.has_exception()) return result;
  Root<Object> object(vm.heap(), value);
  Value method = get_attribute(vm, value, vm.intern("__format__"));
  if (method.is_null()) {
    // No __format__ anywhere: object.__format__'s behaviour.
    if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().AttributeError)) {
      return Value();
    }
    vm.take_exception();
    if (spec_root->length != 0) {
      return raise(vm, vm.exceptions().TypeError,
                   "unsupported format string passed to " + type_name_of(vm, object.value()) +
                       ".__format__");
    }
    return str(vm, object.value());
  }
  result = call(vm, method, {spec_root.value()});
  if (result.is_null()) return result;
  if (!is_str(vm, result)) {
    return raise(vm, vm.exceptions().TypeError,
                 "__format__ must return a str, not " + type_name_of(vm, result));
  }
  return result;
}

Value format_str_with_args(VM& vm, Str* format_string, CallArgs args) {
  FormatArgs format_args;
  format_args.positional = {args.values, args.nargs};
  if (args.kwnames) {
    format_args.keyword_names = args.kwnames;
    format_args.keyword_values = {args.values + args.nargs,
                                  static_cast<size_t>(args.kwnames->size)};
  }
  return Formatter(vm, format_string, format_args).run();
}

Value ascii_of(VM& vm, Value value) {
  Value text = repr(vm, value);
  if (text.is_null() || as_str(text)->ascii) return text;
  Root<Str> source(vm.heap(), as_str(text));
  StrBuilder out(source->length);
  for (int64_t i = 0; i < source->length; ++i) {
    char32_t c = source->at(i);
    if (c < 0x80) {
      out.append(c);
      continue;
    }
    char escape[16];
    if (c < 0x100) {
      std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned>(c));
    } else if (c < 0x10000) {
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
    } else {
      std::snprintf(escape, sizeof escape, "\\U%08x", static_cast<unsigned>(c));
    }
    out.append_ascii(escape);
  }
  return str_value(out.finish(vm));
}

Value concatenate_strs(VM& vm, std::span<const Value> pieces) {
  int64_t length = 0;
  uint8_t kind = 1;
  bool ascii = true;
  for (Value piece : pieces) {
    Str* text = as_str(piece);
    length += text->length;
    kind = std::max(kind, text->kind);
    ascii = ascii && text->ascii;
  }
  // The pieces live on the caller's value stack, which the collector
  // scans, so they stay put while the result is allocated.
  Str* result = allocate_blank_str(vm, length, kind, ascii);
  int64_t position = 0;
  for (Value piece : pieces) {
    Str* text = as_str(piece);
    copy_code_points(result, position, text, 0, text->length);
    position += text->length;
  }
  return str_value(result);
}

void add_str_format_methods(VM& vm) {
  add_methods(vm, vm.types().str, kStrFormatMethods);
}

}  // namespace eddy::vm
