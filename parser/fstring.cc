// Splitting f-string bodies into literal text and replacement fields, with
// CPython 3.11's rules and error messages. The expression inside a field
// is only delimited here (by scanning brackets and quotes, as CPython's
// fstring_find_expr does); parsing it is the parser's job, reached through
// the StringRun's FStringExpressionParser.
#include "parser/fstring.h"

#include "lexer/source.h"
#include "parser/string_escapes.h"

namespace eddy::parser {

void JoinedStrBuilder::flush_pending_text() {
  if (pending_text_.empty()) return;
  Constant* constant = arena_.make<Constant>();
  constant->location = location_;
  constant->value.kind = ConstantValue::Kind::Str;
  constant->value.text = arena_.copy(pending_text_);
  constant->string_kind = constant_kind_;
  values_.push_back(constant);
  pending_text_.clear();
}

void JoinedStrBuilder::add_formatted_value(Expr* value) {
  flush_pending_text();
  values_.push_back(value);
}

Expr* JoinedStrBuilder::finish() {
  if (!formatted_) {
    Constant* constant = arena_.make<Constant>();
    constant->location = location_;
    constant->value.kind = ConstantValue::Kind::Str;
    constant->value.text = arena_.copy(pending_text_);
    constant->string_kind = constant_kind_;
    return constant;
  }
  flush_pending_text();
  JoinedStr* joined = arena_.make<JoinedStr>();
  joined->location = location_;
  joined->values = arena_.list(values_);
  return joined;
}

namespace {

// CPython allows a format spec to hold fields ({x:{width}}) but no deeper:
// a field at this nesting level is an error.
constexpr int kMaxFieldNesting = 2;
// CPython's limit on brackets open at once inside one field.
constexpr size_t kMaxBracketNesting = 200;

class FStringParser {
 public:
  FStringParser(const lexer::Token& token, std::string_view body, bool raw, const StringRun& run)
      : token_(token),
        body_(body),
        body_offset_(body.data() - token.text.data()),
        raw_(raw),
        run_(run) {}

  void parse(JoinedStrBuilder& builder) { parse_pieces(0, builder); }

 private:
  // Literal text and fields, up to the end of the body (nesting level 0) or
  // up to the '}' that closes the format spec being parsed (level 1 and up).
  void parse_pieces(int level, JoinedStrBuilder& builder) {
    while (true) {
      std::string_view literal;
      bool stopped_at_doubled_brace = scan_literal(level, literal);
      if (!literal.empty()) {
        builder.add_literal(raw_ ? std::string(literal)
                                 : decode_str_escapes(literal, run_.error_at));
      }
      if (stopped_at_doubled_brace) continue;
      if (at_end() || body_[pos_] == '}') return;
      parse_field(level, builder);
    }
  }

  // Scans literal text from pos_ up to a '{' that opens a field, a '}'
  // that closes a format spec, or the end. At level 0, "{{" and "}}" stand
  // for one brace: the literal then ends after the first brace, the second
  // is skipped, and the result is true (keep scanning literal text). A
  // "\N{...}" escape's braces are not fields.
  bool scan_literal(int level, std::string_view& literal) {
    size_t start = pos_;
    while (!at_end()) {
      char c = body_[pos_++];
      if (!raw_ && c == '\\' && !at_end()) {
        c = body_[pos_++];
        if (c == 'N') {
          if (!at_end() && body_[pos_++] == '{') {
            while (!at_end() && body_[pos_++] != '}') {
            }
          }
          continue;
        }
      }
      if (c != '{' && c != '}') continue;
      if (level == 0) {
        if (!at_end() && body_[pos_] == c) {
          literal = body_.substr(start, pos_ - start);
          ++pos_;
          return true;
        }
        if (c == '}') fail("f-string: single '}' is not allowed");
      }
      --pos_;
      break;
    }
    literal = body_.substr(start, pos_ - start);
    return false;
  }

  // Parses the replacement field that starts at the '{' at pos_ and adds
  // it to `builder` (after its "expr=" text, for a self-documenting field).
  void parse_field(int level, JoinedStrBuilder& builder) {
    if (level >= kMaxFieldNesting) fail("f-string: expressions nested too deeply");
    size_t expression_start = ++pos_;
    scan_expression();
    std::string_view text = body_.substr(expression_start, pos_ - expression_start);
    if (text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
      char next = body_[pos_];
      if (next == '!' || next == ':' || next == '=') {
        fail(std::string("f-string: expression required before '") + next + "'");
      }
      fail("f-string: empty expression not allowed");
    }
    Expr* expression = run_.parse_expression(text, position_of(expression_start));

    // f"{x=}" repeats the expression's text, up to and including the '='
    // and the spaces after it, before the value.
    std::string_view self_documentation;
    if (body_[pos_] == '=') {
      ++pos_;
      while (!at_end() && is_python_space(body_[pos_]))
        ++pos_;
      if (at_end()) fail_expecting_brace();
      self_documentation = body_.substr(expression_start, pos_ - expression_start);
    }

    int conversion = -1;
    if (body_[pos_] == '!') {
      ++pos_;
      if (at_end()) fail_expecting_brace();
      conversion = static_cast<unsigned char>(body_[pos_++]);
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }

    Expr* format_spec = nullptr;
    if (!at_end() && body_[pos_] == ':') {
      ++pos_;
      if (at_end()) fail_expecting_brace();
      Location token_location{token_.start.line, token_.start.column, token_.end.line,
                              token_.end.column};
      JoinedStrBuilder spec(run_.arena, token_location, {});
      spec.mark_formatted();
      parse_pieces(level + 1, spec);
      format_spec = spec.finish();
    }

    if (at_end() || body_[pos_] != '}') fail_expecting_brace();
    ++pos_;

    // A self-documenting field shows repr() unless it asks for otherwise.
    if (!self_documentation.empty() && !format_spec && conversion == -1) conversion = 'r';

    FormattedValue* value = run_.arena.make<FormattedValue>();
    value->location = run_.location;
    value->value = expression;
    value->conversion = conversion;
    value->format_spec = format_spec;
    builder.add_literal(self_documentation);
    builder.add_formatted_value(value);
  }

  // Advances pos_ past the expression of a field: to the first '!', ':',
  // '=' or '}' outside brackets and quotes that is not part of "!=", "==",
  // "<=" or ">=". Rejects backslashes and comments anywhere in it.
  void scan_expression() {
    char quote = 0;  // the quote of the string literal we are in, if any
    bool triple_quoted = false;
    std::string open_brackets;
    for (; !at_end(); ++pos_) {
      char c = body_[pos_];
      if (c == '\\') fail("f-string expression part cannot include a backslash");
      if (quote != 0) {
        if (c != quote) continue;
        if (!triple_quoted) {
          quote = 0;
        } else if (starts_triple_quote(pos_)) {
          pos_ += 2;
          quote = 0;
        }
        continue;
      }
      switch (c) {
        case '\'':
        case '"':
          triple_quoted = starts_triple_quote(pos_);
          if (triple_quoted) pos_ += 2;
          quote = c;
          break;
        case '(':
        case '[':
        case '{':
          if (open_brackets.size() >= kMaxBracketNesting) {
            fail("f-string: too many nested parenthesis");
          }
          open_brackets += c;
          break;
        case ')':
        case ']':
        case '}': {
          if (c == '}' && open_brackets.empty()) return;
          if (open_brackets.empty()) fail(std::string("f-string: unmatched '") + c + "'");
          char opening = open_brackets.back();
          open_brackets.pop_back();
          if ((opening == '(') != (c == ')') || (opening == '[') != (c == ']')) {
            fail(std::string("f-string: closing parenthesis '") + c +
                 "' does not match opening parenthesis '" + opening + "'");
          }
          break;
        }
        case '#':
          fail("f-string expression part cannot include '#'");
        case '!':
        case ':':
        case '=':
        case '<':
        case '>':
          if (!open_brackets.empty()) break;
          if (c != ':' && pos_ + 1 < body_.size() && body_[pos_ + 1] == '=') {
            ++pos_;  // "!=", "==", "<=", ">=" are operators
            break;
          }
          if (c == '<' || c == '>') break;
          return;
      }
    }
    if (quote != 0) fail("f-string: unterminated string");
    if (!open_brackets.empty()) {
      fail(std::string("f-string: unmatched '") + open_brackets.back() + "'");
    }
    fail_expecting_brace();
  }

  bool starts_triple_quote(size_t at) const {
    return at + 2 < body_.size() && body_[at + 1] == body_[at] && body_[at + 2] == body_[at];
  }

  static bool is_python_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  }

  bool at_end() const { return pos_ >= body_.size(); }

  // The file position of body_[index]: the token's start, moved over the
  // token's text before it (which may span lines in a triple-quoted string).
  lexer::Position position_of(size_t index) const {
    lexer::Position position = token_.start;
    for (char c : token_.text.substr(0, body_offset_ + index)) {
      if (c == '\n') {
        ++position.line;
        position.column = 0;
      } else {
        ++position.column;
      }
    }
    return position;
  }

  [[noreturn]] void fail_expecting_brace() { fail("f-string: expecting '}'"); }

  [[noreturn]] void fail(std::string message) {
    lexer::SyntaxError error;
    error.message = std::move(message);
    error.line = run_.error_at.line;
    error.column = run_.error_at.column;
    throw error;
  }

  const lexer::Token& token_;
  std::string_view body_;
  size_t body_offset_;  // where body_ starts in token_.text
  bool raw_;
  const StringRun& run_;
  size_t pos_ = 0;
};

}  // namespace

void parse_fstring(const lexer::Token& token, std::string_view body, bool raw, const StringRun& run,
                   JoinedStrBuilder& builder) {
  FStringParser(token, body, raw, run).parse(builder);
}

}  // namespace eddy::parser
