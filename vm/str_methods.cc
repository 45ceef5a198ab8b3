// str's searching, splitting, joining, stripping, padding and replacing
// methods, and init_str_methods(), which installs everything str has
// beyond its storage. Case mappings and predicates are in
// str_case_methods.cc, operators and slots in str_slots.cc, format() in
// str_format.cc, encode() with bytes.cc.
//
// Every method works on any kind; the ASCII paths are the same code on
// one-byte data, where substring() and StrBuilder reduce to memcpy.
#include "vm/str_methods.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "vm/dict.h"
#include "vm/exceptions.h"
#include "vm/list.h"
#include "vm/method_args.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/str_builder.h"
#include "vm/text_search.h"
#include "vm/tuple.h"
#include "vm/unicode_case.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

Value type_error(VM& vm, const std::string& message) {
  return raise(vm, vm.exceptions().TypeError, message);
}

// The receiver of a str method.
Str* self_str(Value self) {
  return as_str(self);
}

// A str argument, or null with "<what> must be str, not int" raised.
Str* str_argument(VM& vm, Value value, std::string_view what) {
  if (is_str(vm, value)) return as_str(value);
  raise_not_str(vm, what, value);
  return nullptr;
}

// --- search ------------------------------------------------------------

// The shared front of find, rfind, index, rindex and count: (sub[, start[,
// end]]) with the bounds adjusted to the receiver.
struct SearchArgs {
  Str* needle;
  int64_t start = 0;
  int64_t end = INT64_MAX;
};

bool parse_search_args(VM& vm, std::string_view name, Value self, CallArgs args, SearchArgs& out) {
  if (!check_argument_range(vm, name, args, 1, 3)) return false;
  out.needle = str_argument(vm, args.values[0], "must be str");
  if (!out.needle) return false;
  if (args.nargs > 1 && !slice_bound_argument(vm, args.values[1], out.start)) return false;
  if (args.nargs > 2 && !slice_bound_argument(vm, args.values[2], out.end)) return false;
  adjust_bounds(self_str(self)->length, out.start, out.end);
  return true;
}

template <bool kFromEnd, bool kRaiseIfMissing>
Value find_method(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name =
      kFromEnd ? (kRaiseIfMissing ? "rindex" : "rfind") : (kRaiseIfMissing ? "index" : "find");
  SearchArgs search;
  if (!parse_search_args(vm, name, self, args, search)) return Value();
  TextView text = text_of(self_str(self));
  TextView needle = text_of(search.needle);
  int64_t found = kFromEnd ? rfind_text(text, needle, search.start, search.end)
                           : find_text(text, needle, search.start, search.end);
  if (found < 0 && kRaiseIfMissing) {
    return raise(vm, vm.exceptions().ValueError, "substring not found");
  }
  return Value::from_small_int(found);
}

Value str_count(VM& vm, Value self, CallArgs args) {
  SearchArgs search;
  if (!parse_search_args(vm, "count", self, args, search)) return Value();
  return Value::from_small_int(
      count_text(text_of(self_str(self)), text_of(search.needle), search.start, search.end));
}

// startswith and endswith: the prefix may be a tuple of candidates.
template <bool kSuffix>
Value affix_method(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kSuffix ? "endswith" : "startswith";
  if (!check_argument_range(vm, name, args, 1, 3)) return Value();
  int64_t start = 0;
  int64_t end = INT64_MAX;
  if (args.nargs > 1 && !slice_bound_argument(vm, args.values[1], start)) return Value();
  if (args.nargs > 2 && !slice_bound_argument(vm, args.values[2], end)) return Value();
  Str* text = self_str(self);
  adjust_bounds(text->length, start, end);
  auto matches = [&](const Str* affix) {
    int64_t last_start = end - affix->length;
    if (last_start < start) return false;
    int64_t at = kSuffix ? last_start : start;
    return find_text(text_of(text), text_of(affix), at, at + affix->length) == at;
  };
  Value candidates = args.values[0];
  if (vm.type_of(candidates) == vm.types().tuple) {
    auto* tuple = static_cast<Tuple*>(candidates.as_object());
    for (Value candidate : tuple->span()) {
      if (!is_str(vm, candidate)) {
        return type_error(vm, "tuple for " + std::string(name) + " must only contain str, not " +
                                  type_name_of(vm, candidate));
      }
      if (matches(as_str(candidate))) return vm.boolean(true);
    }
    return vm.boolean(false);
  }
  if (!is_str(vm, candidates)) {
    return type_error(vm, std::string(name) + " first arg must be str or a tuple of str, not " +
                              type_name_of(vm, candidates));
  }
  return vm.boolean(matches(as_str(candidates)));
}

// --- split and join ----------------------------------------------------

// Collects the pieces of a split into a list. `source` stays rooted while
// pieces are allocated.
class PieceList {
 public:
  PieceList(VM& vm, Str* source)
      : vm_(vm), source_(vm.heap(), source), list_(vm.heap(), make_list(vm)) {}

  bool add(int64_t start, int64_t end) {
    Str* piece = substring(vm_, source_.get(), start, end);
    return list_append(vm_, list_.get(), str_value(piece));
  }
  Value finish(bool reversed) {
    if (reversed) std::reverse(list_->items, list_->items + list_->size);
    return list_.value();
  }
  Str* source() const { return source_.get(); }

 private:
  VM& vm_;
  Root<Str> source_;
  Root<List> list_;
};

bool parse_split_args(VM& vm, std::string_view name, CallArgs args, Str*& separator,
                      int64_t& max_split) {
  static constexpr std::string_view kParameters[] = {"sep", "maxsplit"};
  Value bound[2];
  if (!bind_arguments(vm, name, args, kParameters, 0, bound)) return false;
  separator = nullptr;
  if (!bound[0].is_null() && !bound[0].is(vm.none())) {
    separator = str_argument(vm, bound[0], "must be str or None");
    if (!separator) return false;
    if (separator->length == 0) {
      raise(vm, vm.exceptions().ValueError, "empty separator");
      return false;
    }
  }
  max_split = -1;
  if (!bound[1].is_null() && !ssize_argument(vm, bound[1], max_split)) return false;
  if (max_split < 0) max_split = INT64_MAX;
  return true;
}

Value split_on_whitespace(VM& vm, Str* text, int64_t max_split) {
  PieceList pieces(vm, text);
  TextView view = text_of(text);
  int64_t length = view.length;
  int64_t i = 0;
  while (max_split-- > 0) {
    while (i < length && unicode::is_space(view.at(i)))
      ++i;
    if (i == length) break;
    int64_t start = i++;
    while (i < length && !unicode::is_space(view.at(i)))
      ++i;
    if (!pieces.add(start, i)) return Value();
  }
  if (i < length) {
    while (i < length && unicode::is_space(view.at(i)))
      ++i;
    if (i != length && !pieces.add(i, length)) return Value();
  }
  return pieces.finish(false);
}

Value rsplit_on_whitespace(VM& vm, Str* text, int64_t max_split) {
  PieceList pieces(vm, text);
  TextView view = text_of(text);
  int64_t i = view.length - 1;
  while (max_split-- > 0) {
    while (i >= 0 && unicode::is_space(view.at(i)))
      --i;
    if (i < 0) break;
    int64_t end = i + 1;
    --i;
    while (i >= 0 && !unicode::is_space(view.at(i)))
      --i;
    if (!pieces.add(i + 1, end)) return Value();
  }
  if (i >= 0) {
    while (i >= 0 && unicode::is_space(view.at(i)))
      --i;
    if (i >= 0 && !pieces.add(0, i + 1)) return Value();
  }
  return pieces.finish(true);
}

Value str_split(VM& vm, Value self, CallArgs args) {
  Str* separator;
  int64_t max_split;
  if (!parse_split_args(vm, "split", args, separator, max_split)) return Value();
  if (!separator) return split_on_whitespace(vm, self_str(self), max_split);
  Root<Str> sep(vm.heap(), separator);
  PieceList pieces(vm, self_str(self));
  int64_t length = self_str(self)->length;
  int64_t position = 0;
  while (max_split-- > 0) {
    int64_t found = find_text(text_of(pieces.source()), text_of(sep.get()), position, length);
    if (found < 0) break;
    if (!pieces.add(position, found)) return Value();
    position = found + sep->length;
  }
  if (!pieces.add(position, length)) return Value();
  return pieces.finish(false);
}

Value str_rsplit(VM& vm, Value self, CallArgs args) {
  Str* separator;
  int64_t max_split;
  if (!parse_split_args(vm, "rsplit", args, separator, max_split)) return Value();
  if (!separator) return rsplit_on_whitespace(vm, self_str(self), max_split);
  Root<Str> sep(vm.heap(), separator);
  PieceList pieces(vm, self_str(self));
  int64_t end = self_str(self)->length;
  while (max_split-- > 0) {
    int64_t found = rfind_text(text_of(pieces.source()), text_of(sep.get()), 0, end);
    if (found < 0) break;
    if (!pieces.add(found + sep->length, end)) return Value();
    end = found;
  }
  if (!pieces.add(0, end)) return Value();
  return pieces.finish(true);
}

Value str_splitlines(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"keepends"};
  Value keepends_arg;
  if (!bind_arguments(vm, "splitlines", args, kParameters, 0, &keepends_arg)) return Value();
  int keepends = 0;
  if (!keepends_arg.is_null()) {
    // CPython reads keepends as an int ("'str' object cannot be
    // interpreted as an integer"), so only int-likes are accepted.
    int64_t flag;
    if (!ssize_argument(vm, keepends_arg, flag)) return Value();
    keepends = flag != 0;
  }
  PieceList pieces(vm, self_str(self));
  int64_t length = self_str(self)->length;
  int64_t i = 0;
  while (i < length) {
    TextView view = text_of(pieces.source());
    int64_t start = i;
    while (i < length && !unicode::is_linebreak(view.at(i)))
      ++i;
    int64_t line_end = i;
    if (i < length) {
      i += (view.at(i) == '\r' && i + 1 < length && view.at(i + 1) == '\n') ? 2 : 1;
      if (keepends) line_end = i;
    }
    if (!pieces.add(start, line_end)) return Value();
  }
  return pieces.finish(false);
}

// sep.join(iterable): one pass to check the items and size the result,
// one to copy them into a str allocated at its final kind.
Value str_join(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "str.join", args)) return Value();
  Root<Str> separator(vm.heap(), self_str(self));
  Value iterable = args.values[0];
  Type* type = vm.type_of(iterable);
  Root<Object> items_owner(vm.heap(), iterable);
  if (type != vm.types().list && type != vm.types().tuple) {
    if (!is_iterable(vm, iterable)) return type_error(vm, "can only join an iterable");
    Root<Object> iterator(vm.heap(), get_iterator(vm, iterable));
    if (iterator.value().is_null()) return Value();
    items_owner.set(Value::from_object(make_list(vm)));
    for (;;) {
      Value item = next(vm, iterator.value());
      if (item.is_null()) {
        if (vm.has_exception()) return Value();
        break;
      }
      if (!list_append(vm, static_cast<List*>(items_owner.get()), item)) return Value();
    }
    type = vm.types().list;
  }
  std::span<const Value> items;
  if (type == vm.types().list) {
    auto* list = static_cast<List*>(items_owner.get());
    items = {list->items, static_cast<size_t>(list->size)};
  } else {
    items = static_cast<Tuple*>(items_owner.get())->span();
  }
  if (items.empty()) return str_value(vm.intern(""));
  if (items.size() == 1 && vm.type_of(items[0]) == vm.types().str) return items[0];

  int64_t total = separator->length * static_cast<int64_t>(items.size() - 1);
  uint8_t kind = separator->kind;
  bool ascii = separator->ascii;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(vm, items[i])) {
      return type_error(vm, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                type_name_of(vm, items[i]) + " found");
    }
    Str* item = as_str(items[i]);
    total += item->length;
    kind = std::max(kind, item->kind);
    ascii = ascii && item->ascii;
  }
  // Kinds are canonical, so the widest input kind is the result's kind;
  // the separator does not count when it is never used.
  if (items.size() == 1) {
    kind = as_str(items[0])->kind;
    ascii = as_str(items[0])->ascii;
  }
  Str* result = allocate_blank_str(vm, total, kind, ascii);
  // The collection above cannot touch the rooted list's item array, and
  // no Python code has run since the span was taken.
  int64_t position = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      copy_code_points(result, position, separator.get(), 0, separator->length);
      position += separator->length;
    }
    Str* item = as_str(items[i]);
    copy_code_points(result, position, item, 0, item->length);
    position += item->length;
  }
  return str_value(result);
}

// --- strip, pad, partition ------------------------------------------------

enum class StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

template <StripSide kSide>
Value strip_method(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kSide == StripSide::kLeft    ? "lstrip"
                                    : kSide == StripSide::kRight ? "rstrip"
                                                                 : "strip";
  if (!check_no_keywords(vm, "str." + std::string(name), args) ||
      !check_positional(vm, name, args, 0, 1)) {
    return Value();
  }
  Str* chars = nullptr;
  if (args.nargs == 1 && !args.values[0].is(vm.none())) {
    if (!is_str(vm, args.values[0])) {
      return type_error(vm, std::string(name) + " arg must be None or str");
    }
    chars = as_str(args.values[0]);
  }
  Str* text = self_str(self);
  TextView view = text_of(text);
  auto strippable = [&](char32_t c) {
    return chars ? find_char(text_of(chars), c, 0, chars->length) >= 0 : unicode::is_space(c);
  };
  int64_t start = 0;
  int64_t end = view.length;
  if (static_cast<int>(kSide) & static_cast<int>(StripSide::kLeft)) {
    while (start < end && strippable(view.at(start)))
      ++start;
  }
  if (static_cast<int>(kSide) & static_cast<int>(StripSide::kRight)) {
    while (end > start && strippable(view.at(end - 1)))
      --end;
  }
  return str_value(substring(vm, text, start, end));
}

// The fill character argument of center, ljust and rjust.
bool fill_char_argument(VM& vm, CallArgs args, char32_t& fill) {
  fill = ' ';
  if (args.nargs < 2) return true;
  Value value = args.values[1];
  if (!is_str(vm, value)) {
    type_error(vm,
               "The fill character must be a unicode character, not " + type_name_of(vm, value));
    return false;
  }
  if (as_str(value)->length != 1) {
    type_error(vm, "The fill character must be exactly one character long");
    return false;
  }
  fill = as_str(value)->at(0);
  return true;
}

Value pad(VM& vm, Str* text, int64_t left, int64_t right, char32_t fill) {
  if (left <= 0 && right <= 0) return str_value(text);
  Root<Str> source(vm.heap(), text);
  StrBuilder builder(text->length + left + right);
  builder.append_repeated(fill, left);
  builder.append(source.get());
  builder.append_repeated(fill, right);
  return str_value(builder.finish(vm));
}

enum class Justify { kLeft, kRight, kCenter };

template <Justify kJustify>
Value justify_method(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kJustify == Justify::kLeft    ? "ljust"
                                    : kJustify == Justify::kRight ? "rjust"
                                                                  : "center";
  if (!check_no_keywords(vm, "str." + std::string(name), args) ||
      !check_positional(vm, name, args, 1, 2)) {
    return Value();
  }
  int64_t width;
  char32_t fill;
  if (!ssize_argument(vm, args.values[0], width) || !fill_char_argument(vm, args, fill)) {
    return Value();
  }
  Str* text = self_str(self);
  int64_t margin = width - text->length;
  if (margin <= 0) return self;
  switch (kJustify) {
    case Justify::kLeft:
      return pad(vm, text, 0, margin, fill);
    case Justify::kRight:
      return pad(vm, text, margin, 0, fill);
    case Justify::kCenter: {
      // CPython's rounding: the odd space goes left when width is odd.
      int64_t left = margin / 2 + (margin & width & 1);
      return pad(vm, text, left, margin - left, fill);
    }
  }
  return Value();
}

Value str_zfill(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "str.zfill", args)) return Value();
  int64_t width;
  if (!ssize_argument(vm, args.values[0], width)) return Value();
  Str* text = self_str(self);
  int64_t fill = width - text->length;
  if (fill <= 0) return self;
  Root<Str> source(vm.heap(), text);
  StrBuilder builder(width);
  int64_t digits_start = 0;
  if (text->length > 0 && (text->at(0) == '+' || text->at(0) == '-')) {
    builder.append(text->at(0));
    digits_start = 1;
  }
  builder.append_repeated('0', fill);
  builder.append(source.get(), digits_start, source->length);
  return str_value(builder.finish(vm));
}

template <bool kFromEnd>
Value partition_method(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, kFromEnd ? "str.rpartition" : "str.partition", args)) return Value();
  Str* separator = str_argument(vm, args.values[0], "must be str");
  if (!separator) return Value();
  if (separator->length == 0) return raise(vm, vm.exceptions().ValueError, "empty separator");
  Root<Str> text(vm.heap(), self_str(self));
  Root<Str> sep(vm.heap(), separator);
  Root<Str> empty(vm.heap(), vm.intern(""));
  int64_t length = text->length;
  int64_t found = kFromEnd ? rfind_text(text_of(text.get()), text_of(separator), 0, length)
                           : find_text(text_of(text.get()), text_of(separator), 0, length);
  if (found < 0) {
    return kFromEnd
               ? Value::from_object(make_tuple(vm, {empty.value(), empty.value(), text.value()}))
               : Value::from_object(make_tuple(vm, {text.value(), empty.value(), empty.value()}));
  }
  Root<Str> before(vm.heap(), substring(vm, text.get(), 0, found));
  Root<Str> after(vm.heap(), substring(vm, text.get(), found + separator->length, length));
  return Value::from_object(make_tuple(vm, {before.value(), sep.value(), after.value()}));
}

template <bool kSuffix>
Value remove_affix_method(VM& vm, Value self, CallArgs args) {
  constexpr std::string_view name = kSuffix ? "removesuffix" : "removeprefix";
  if (!check_one_argument(vm, "str." + std::string(name), args)) return Value();
  Str* affix = str_argument(vm, args.values[0], std::string(name) + "() argument must be str");
  if (!affix) return Value();
  Str* text = self_str(self);
  int64_t at = kSuffix ? text->length - affix->length : 0;
  if (affix->length == 0 || at < 0 ||
      find_text(text_of(text), text_of(affix), at, at + affix->length) != at) {
    return self;
  }
  return kSuffix ? str_value(substring(vm, text, 0, at))
                 : str_value(substring(vm, text, affix->length, text->length));
}

// --- replace, expandtabs, translate ---------------------------------------

Value str_replace(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "str.replace", args) || !check_positional(vm, "replace", args, 2, 3)) {
    return Value();
  }
  Str* old_text = str_argument(vm, args.values[0], "replace() argument 1 must be str");
  if (!old_text) return Value();
  Str* new_text = str_argument(vm, args.values[1], "replace() argument 2 must be str");
  if (!new_text) return Value();
  int64_t count = -1;
  if (args.nargs == 3 && !ssize_argument(vm, args.values[2], count)) return Value();
  if (count < 0) count = INT64_MAX;
  Str* text = self_str(self);
  int64_t length = text->length;
  if (count == 0) return self;
  StrBuilder builder(length);
  if (old_text->length == 0) {
    // An empty pattern matches before every character and at the end.
    int64_t insertions = std::min(count, length + 1);
    for (int64_t i = 0; i < length; ++i) {
      if (i < insertions) builder.append(new_text);
      builder.append(text->at(i));
    }
    if (insertions == length + 1) builder.append(new_text);
    return str_value(builder.finish(vm));
  }
  int64_t position = 0;
  int64_t replaced = 0;
  while (replaced < count) {
    int64_t found = find_text(text_of(text), text_of(old_text), position, length);
    if (found < 0) break;
    builder.append(text, position, found);
    builder.append(new_text);
    position = found + old_text->length;
    ++replaced;
  }
  if (replaced == 0) return self;
  builder.append(text, position, length);
  return str_value(builder.finish(vm));
}

Value str_expandtabs(VM& vm, Value self, CallArgs args) {
  static constexpr std::string_view kParameters[] = {"tabsize"};
  Value tabsize_arg;
  if (!bind_arguments(vm, "expandtabs", args, kParameters, 0, &tabsize_arg)) return Value();
  int64_t tabsize = 8;
  if (!tabsize_arg.is_null() && !ssize_argument(vm, tabsize_arg, tabsize)) return Value();
  Str* text = self_str(self);
  if (find_char(text_of(text), '\t', 0, text->length) < 0) return self;
  StrBuilder builder(text->length);
  int64_t column = 0;
  for (int64_t i = 0; i < text->length; ++i) {
    char32_t c = text->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        builder.append_repeated(' ', spaces);
        column += spaces;
      }
      continue;
    }
    builder.append(c);
    ++column;
    if (c == '\n' || c == '\r') column = 0;
  }
  return str_value(builder.finish(vm));
}

// str.translate(table): table[ord(c)] is looked up for every character; a
// LookupError keeps the character, None deletes it, an int or a str
// replaces it.
Value str_translate(VM& vm, Value self, CallArgs args) {
  if (!check_one_argument(vm, "str.translate", args)) return Value();
  Root<Str> text(vm.heap(), self_str(self));
  Root<Object> table(vm.heap(), args.values[0]);
  StrBuilder builder(text->length);
  for (int64_t i = 0; i < text->length; ++i) {
    char32_t c = text->at(i);
    Value mapped = get_item(vm, table.value(), Value::from_small_int(c));
    if (mapped.is_null()) {
      if (!is_subtype(vm.type_of(vm.current_exception()), vm.exceptions().LookupError)) {
        return Value();
      }
      vm.take_exception();
      builder.append(c);
    } else if (mapped.is(vm.none())) {
      continue;
    } else if (mapped.is_small_int()) {
      int64_t code_point = mapped.as_small_int();
      if (code_point < 0 || code_point > 0x10FFFF) {
        return raise(vm, vm.exceptions().ValueError,
                     "character mapping must be in range(0x110000)");
      }
      builder.append(static_cast<char32_t>(code_point));
    } else if (is_str(vm, mapped)) {
      builder.append(as_str(mapped));
    } else {
      return type_error(vm, "character mapping must return integer, None or str");
    }
  }
  return str_value(builder.finish(vm));
}

// str.maketrans(x[, y[, z]]): the dict that translate() reads.
Value str_maketrans(VM& vm, Value, CallArgs args) {
  if (!check_no_keywords(vm, "str.maketrans", args) ||
      !check_positional(vm, "maketrans", args, 1, 3)) {
    return Value();
  }
  Root<Dict> result(vm.heap(), make_dict(vm));
  if (args.nargs == 1) {
    if (vm.type_of(args.values[0]) != vm.types().dict) {
      return type_error(vm, "if you give only one argument to maketrans it must be a dict");
    }
    Root<Dict> mapping(vm.heap(), static_cast<Dict*>(args.values[0].as_object()));
    int64_t position = 0;
    Value key;
    Value value;
    while (dict_next(mapping.get(), position, &key, &value)) {
      if (is_str(vm, key)) {
        if (as_str(key)->length != 1) {
          return raise(vm, vm.exceptions().ValueError,
                       "string keys in translate table must be of length 1");
        }
        key = Value::from_small_int(as_str(key)->at(0));
      } else if (!key.is_small_int()) {
        return type_error(vm, "keys in translate table must be strings or integers");
      }
      if (!dict_set(vm, result.get(), key, value)) return Value();
    }
    return result.value();
  }
  Str* from = str_argument(vm, args.values[0], "maketrans() argument 1 must be str");
  if (!from) return Value();
  Str* to = str_argument(vm, args.values[1], "maketrans() argument 2 must be str");
  if (!to) return Value();
  if (from->length != to->length) {
    return raise(vm, vm.exceptions().ValueError,
                 "the first two maketrans arguments must have equal length");
  }
  Root<Str> from_root(vm.heap(), from);
  Root<Str> to_root(vm.heap(), to);
  for (int64_t i = 0; i < from->length; ++i) {
    if (!dict_set(vm, result.get(), Value::from_small_int(from_root->at(i)),
                  Value::from_small_int(to_root->at(i)))) {
      return Value();
    }
  }
  if (args.nargs == 3) {
    Str* deleted = str_argument(vm, args.values[2], "maketrans() argument 3 must be str");
    if (!deleted) return Value();
    Root<Str> deleted_root(vm.heap(), deleted);
    for (int64_t i = 0; i < deleted_root->length; ++i) {
      if (!dict_set(vm, result.get(), Value::from_small_int(deleted_root->at(i)), vm.none())) {
        return Value();
      }
    }
  }
  return result.value();
}

constexpr NativeFunctionDef kStrMethods[] = {
    {"find", find_method<false, false>},
    {"rfind", find_method<true, false>},
    {"index", find_method<false, true>},
    {"rindex", find_method<true, true>},
    {"count", str_count},
    {"startswith", affix_method<false>},
    {"endswith", affix_method<true>},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"join", str_join,
     "Concatenate any number of strings.\n"
     "\n"
     "The string whose method is called is inserted in between each given string.\n"
     "The result is returned as a new string.\n"
     "\n"
     "Example: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'"},
    {"strip", strip_method<StripSide::kBoth>},
    {"lstrip", strip_method<StripSide::kLeft>},
    {"rstrip", strip_method<StripSide::kRight>},
    {"center", justify_method<Justify::kCenter>},
    {"ljust", justify_method<Justify::kLeft>},
    {"rjust", justify_method<Justify::kRight>},
    {"zfill", str_zfill},
    {"partition", partition_method<false>},
    {"rpartition", partition_method<true>},
    {"removeprefix", remove_affix_method<false>},
    {"removesuffix", remove_affix_method<true>},
    {"replace", str_replace},
    {"expandtabs", str_expandtabs},
    {"translate", str_translate},
};

constexpr NativeFunctionDef kMakeTrans = {"maketrans", str_maketrans};

}  // namespace

bool is_str(VM& vm, Value value) {
  return value.is_object() && is_subtype(value.as_object()->type, vm.types().str);
}

std::string type_name_of(VM& vm, Value value) {
  return to_utf8(vm.type_of(value)->name);
}

Value raise_not_str(VM& vm, std::string_view what, Value got) {
  return type_error(vm, std::string(what) + ", not " + type_name_of(vm, got));
}

void init_str_methods(VM& vm) {
  Type* str = vm.types().str;
  add_methods(vm, str, kStrMethods);
  // maketrans is a static method: a plain builtin in the class namespace.
  Root<Object> maketrans(vm.heap(), make_native_function(vm, &kMakeTrans, Value::from_object(str)));
  dict_set_str(vm, str->dict, vm.intern("maketrans"), maketrans.value());
  add_str_case_methods(vm);
  add_str_format_methods(vm);
  install_str_slots(vm);
}

}  // namespace eddy::vm
