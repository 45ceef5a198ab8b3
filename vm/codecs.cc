// The text codecs behind str.encode(), bytes.decode() and str(b, enc):
// UTF-8, ASCII and Latin-1 with the strict, ignore, replace,
// backslashreplace and xmlcharrefreplace error handlers (decoding knows
// the first three). Errors carry CPython's messages, which name the codec,
// the offending position or range, and the reason.
#include <cctype>
#include <cstdio>
#include <string>

#include "lexer/utf8.h"
#include "vm/bytes.h"
#include "vm/exceptions.h"
#include "vm/str_builder.h"
#include "vm/str_methods.h"
#include "vm/vm.h"

namespace eddy::vm {

namespace {

enum class Codec { kUtf8, kAscii, kLatin1 };

// Codec names as Python's codec registry normalizes them: case and the
// separators '-', '_' and ' ' do not matter.
bool find_codec(std::string_view name, Codec& codec, std::string_view& canonical) {
  std::string normalized;
  for (char c : name) {
    if (c == '_' || c == ' ') c = '-';
    normalized += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view alias : {"utf-8", "utf8", "u8", "utf", "cp65001"}) {
    if (normalized == alias) {
      codec = Codec::kUtf8;
      canonical = "utf-8";
      return true;
    }
  }
  for (std::string_view alias : {"ascii", "us-ascii", "646", "us"}) {
    if (normalized == alias) {
      codec = Codec::kAscii;
      canonical = "ascii";
      return true;
    }
  }
  for (std::string_view alias :
       {"latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819"}) {
    if (normalized == alias) {
      codec = Codec::kLatin1;
      canonical = "latin-1";
      return true;
    }
  }
  return false;
}

enum class ErrorHandler {
  kStrict,
  kIgnore,
  kReplace,
  kBackslashReplace,
  kXmlCharRefReplace,
  kUnknown
};

ErrorHandler find_error_handler(std::string_view name) {
  if (name == "strict") return ErrorHandler::kStrict;
  if (name == "ignore") return ErrorHandler::kIgnore;
  if (name == "replace") return ErrorHandler::kReplace;
  if (name == "backslashreplace") return ErrorHandler::kBackslashReplace;
  if (name == "xmlcharrefreplace") return ErrorHandler::kXmlCharRefReplace;
  return ErrorHandler::kUnknown;
}

Value unknown_encoding(VM& vm, std::string_view encoding) {
  return raise(vm, vm.exceptions().LookupError, "unknown encoding: " + std::string(encoding));
}

Value unknown_handler(VM& vm, std::string_view errors) {
  return raise(vm, vm.exceptions().LookupError,
               "unknown error handler name '" + std::string(errors) + "'");
}

std::string escape_code_point(char32_t c) {
  char text[16];
  if (c < 0x100) {
    std::snprintf(text, sizeof text, "\\x%02x", static_cast<unsigned>(c));
  } else if (c < 0x10000) {
    std::snprintf(text, sizeof text, "\\u%04x", static_cast<unsigned>(c));
  } else {
    std::snprintf(text, sizeof text, "\\U%08x", static_cast<unsigned>(c));
  }
  return text;
}

// --- decoding ------------------------------------------------------------

// The length of the invalid sequence at data[pos] and why it is invalid,
// as CPython's UTF-8 decoder reports them: a bad lead byte alone, or the
// lead byte with the continuation bytes that were still valid.
struct Utf8Error {
  size_t length;
  const char* reason;
};

Utf8Error classify_utf8_error(std::string_view data, size_t pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
  unsigned char lead = byte(pos);
  size_t expected = lead >= 0xC2 && lead <= 0xDF   ? 2
                    : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                   : 0;
  if (expected == 0) return {1, "invalid start byte"};
  size_t valid = 1;
  while (valid < expected && pos + valid < data.size()) {
    unsigned char next = byte(pos + valid);
    unsigned char low = 0x80, high = 0xBF;
    if (valid == 1) {
      if (lead == 0xE0) low = 0xA0;
      if (lead == 0xED) high = 0x9F;
      if (lead == 0xF0) low = 0x90;
      if (lead == 0xF4) high = 0x8F;
    }
    if (next < low || next > high) return {valid, "invalid continuation byte"};
    ++valid;
  }
  return {valid, "unexpected end of data"};
}

Value raise_decode_error(VM& vm, std::string_view codec, std::string_view data, size_t start,
                         size_t end, const char* reason) {
  char text[160];
  if (end - start == 1) {
    std::snprintf(text, sizeof text, "'%.20s' codec can't decode byte 0x%02x in position %zu: %s",
                  std::string(codec).c_str(), static_cast<unsigned char>(data[start]), start,
                  reason);
  } else {
    std::snprintf(text, sizeof text, "'%.20s' codec can't decode bytes in position %zu-%zu: %s",
                  std::string(codec).c_str(), start, end - 1, reason);
  }
  return raise(vm, vm.exceptions().UnicodeDecodeError, text);
}

Value decode_utf8(VM& vm, std::string_view data, ErrorHandler handler, std::string_view errors) {
  if (lexer::first_invalid_utf8(data) == std::string_view::npos) {
    return str_value(make_str(vm, data));
  }
  StrBuilder out(static_cast<int64_t>(data.size()));
  size_t pos = 0;
  while (pos < data.size()) {
    size_t length =
        static_cast<unsigned char>(data[pos]) < 0x80 ? 1 : lexer::utf8_sequence_length(data, pos);
    if (length != 0) {
      out.append_utf8(data.substr(pos, length));
      pos += length;
      continue;
    }
    Utf8Error error = classify_utf8_error(data, pos);
    switch (handler) {
      case ErrorHandler::kStrict:
        return raise_decode_error(vm, "utf-8", data, pos, pos + error.length, error.reason);
      case ErrorHandler::kReplace:
        out.append(U'\uFFFD');
        break;
      case ErrorHandler::kIgnore:
        break;
      default:
        return unknown_handler(vm, errors);
    }
    pos += error.length;
  }
  return str_value(out.finish(vm));
}

Value decode_single_byte(VM& vm, std::string_view data, Codec codec, ErrorHandler handler,
                         std::string_view errors) {
  StrBuilder out(static_cast<int64_t>(data.size()));
  for (size_t i = 0; i < data.size(); ++i) {
    auto byte = static_cast<unsigned char>(data[i]);
    if (byte < 0x80 || codec == Codec::kLatin1) {
      out.append(byte);
      continue;
    }
    switch (handler) {
      case ErrorHandler::kStrict:
        return raise_decode_error(vm, "ascii", data, i, i + 1, "ordinal not in range(128)");
      case ErrorHandler::kReplace:
        out.append(U'\uFFFD');
        break;
      case ErrorHandler::kIgnore:
        break;
      default:
        return unknown_handler(vm, errors);
    }
  }
  return str_value(out.finish(vm));
}

// --- encoding ------------------------------------------------------------

Value raise_encode_error(VM& vm, std::string_view codec, const Str* text, int64_t start,
                         int64_t end, std::string_view reason) {
  std::string message = "'" + std::string(codec) + "' codec can't encode ";
  if (end - start == 1) {
    message += "character '" + escape_code_point(text->at(start)) + "' in position " +
               std::to_string(start);
  } else {
    message += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  message += ": " + std::string(reason);
  return raise(vm, vm.exceptions().UnicodeEncodeError, message);
}

bool is_surrogate(char32_t c) {
  return c >= 0xD800 && c <= 0xDFFF;
}

}  // namespace

Value decode_bytes(VM& vm, std::string_view data, std::string_view encoding,
                   std::string_view errors) {
  Codec codec;
  std::string_view canonical;
  if (!find_codec(encoding, codec, canonical)) return unknown_encoding(vm, encoding);
  ErrorHandler handler = find_error_handler(errors);
  if (codec == Codec::kUtf8) return decode_utf8(vm, data, handler, errors);
  return decode_single_byte(vm, data, codec, handler, errors);
}

// Runs of unencodable characters are reported, or replaced, together, as
// CPython's encoders do.
Value encode_str(VM& vm, Str* text, std::string_view encoding, std::string_view errors) {
  Codec codec;
  std::string_view canonical;
  if (!find_codec(encoding, codec, canonical)) return unknown_encoding(vm, encoding);
  if (text->ascii) return Value::from_object(make_bytes(vm, text->ascii_view()));
  char32_t limit = codec == Codec::kAscii ? 0x80 : codec == Codec::kLatin1 ? 0x100 : 0x110000;
  auto encodable = [&](char32_t c) { return c < limit && !is_surrogate(c); };
  std::string_view reason = codec == Codec::kAscii    ? "ordinal not in range(128)"
                            : codec == Codec::kLatin1 ? "ordinal not in range(256)"
                                                      : "surrogates not allowed";
  ErrorHandler handler = find_error_handler(errors);
  std::string out;
  out.reserve(static_cast<size_t>(text->length));
  for (int64_t i = 0; i < text->length;) {
    char32_t c = text->at(i);
    if (encodable(c)) {
      if (codec == Codec::kUtf8) {
        lexer::append_utf8(out, c);
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    int64_t end = i + 1;
    while (end < text->length && !encodable(text->at(end)))
      ++end;
    switch (handler) {
      case ErrorHandler::kStrict:
        return raise_encode_error(vm, canonical, text, i, end, reason);
      case ErrorHandler::kIgnore:
        break;
      case ErrorHandler::kReplace:
        out.append(static_cast<size_t>(end - i), '?');
        break;
      case ErrorHandler::kBackslashReplace:
        for (int64_t j = i; j < end; ++j)
          out += escape_code_point(text->at(j));
        break;
      case ErrorHandler::kXmlCharRefReplace:
        for (int64_t j = i; j < end; ++j)
          out += "&#" + std::to_string(text->at(j)) + ";";
        break;
      case ErrorHandler::kUnknown:
        return unknown_handler(vm, errors);
    }
    i = end;
  }
  return Value::from_object(make_bytes(vm, out));
}

}  // namespace eddy::vm
