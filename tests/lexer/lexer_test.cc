// Unit tests for the lexer: token kinds, texts and positions, indentation,
// trivia, and every error the lexer raises, with CPython's message and
// position (all checked against python3.11). The corpus in cases/ compares
// whole token streams with `python3.11 -m tokenize`.
#include "lexer/lexer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "lexer/source.h"
#include "lexer/token_dump.h"

namespace eddy::lexer {
namespace {

using K = TokenKind;

// A token copied out of its Source, so tests can keep it.
struct Lexed {
  TokenKind kind;
  std::string text;
  Position start;
  Position end;
};

std::vector<Lexed> lex(const std::string& text, bool keep_trivia = false) {
  Source source("t.py", text);
  Lexer lexer(source, LexerOptions{.keep_trivia = keep_trivia});
  std::vector<Lexed> tokens;
  for (;;) {
    Token token = lexer.next();
    tokens.push_back({token.kind, std::string(token.text), token.start, token.end});
    if (token.kind == K::EndMarker) return tokens;
  }
}

std::vector<TokenKind> kinds(const std::string& text, bool keep_trivia = false) {
  std::vector<TokenKind> result;
  for (const Lexed& token : lex(text, keep_trivia))
    result.push_back(token.kind);
  return result;
}

// The error lexing `text` raises; fails the test if there is none.
SyntaxError lex_error(const std::string& text) {
  try {
    lex(text);
  } catch (const SyntaxError& error) {
    return error;
  }
  ADD_FAILURE() << "no SyntaxError for: " << text;
  return {};
}

// What CPython prints for the error lexing `text` raises.
std::string printed_error(const std::string& text) {
  Source source("t.py", text);
  try {
    Lexer lexer(source);
    while (lexer.next().kind != K::EndMarker) {
    }
  } catch (const SyntaxError& error) {
    return format_syntax_error(source, error);
  }
  ADD_FAILURE() << "no SyntaxError for: " << text;
  return "";
}

// ---------------------------------------------------------------------------
// Names, keywords, operators

TEST(LexerTest, EveryKeywordIsRecognized){
#define KEYWORD(name, spelling)                                  \
  {                                                              \
    std::vector<Lexed> tokens = lex(spelling "\n");              \
    EXPECT_EQ(tokens[0].kind, K::Kw##name) << spelling;          \
    EXPECT_EQ(tokens[0].text, spelling);                         \
    EXPECT_EQ(lex(spelling "x\n")[0].kind, K::Name) << spelling; \
  }
#include "lexer/tokens.def"
}

TEST(LexerTest, SoftKeywordsAreNames) {
  EXPECT_EQ(kinds("match case _ type\n"),
            (std::vector<K>{K::Name, K::Name, K::Name, K::Name, K::Newline, K::EndMarker}));
}

// Lexes `spelling` between two operands (brackets get their partner, so
// that the line stays balanced) and checks the middle token.
void expect_operator(TokenKind kind, const std::string& spelling) {
  const std::string openers = "([{", closers = ")]}";
  std::string before = "a", after = " b";
  if (size_t i = closers.find(spelling); spelling.size() == 1 && i != std::string::npos) {
    before = openers.substr(i, 1);
  }
  if (size_t i = openers.find(spelling); spelling.size() == 1 && i != std::string::npos) {
    after += " " + closers.substr(i, 1);
  }
  std::vector<Lexed> tokens = lex(before + " " + spelling + after + "\n");
  ASSERT_GE(tokens.size(), 3u) << spelling;
  EXPECT_EQ(tokens[1].kind, kind) << spelling;
  EXPECT_EQ(tokens[1].text, spelling);
  EXPECT_EQ(tokens[1].start.column, 2);
  EXPECT_EQ(tokens[1].end.column, 2 + static_cast<int>(spelling.size()));
}

TEST(LexerTest, EveryOperatorIsRecognized) {
#define OPERATOR(name, spelling) expect_operator(K::name, spelling);
#include "lexer/tokens.def"
}

TEST(LexerTest, OperatorsTakeTheLongestMatch) {
  EXPECT_EQ(
      kinds("a**=b//c->d:=e...\n"),
      (std::vector<K>{K::Name, K::DoubleStarEqual, K::Name, K::DoubleSlash, K::Name, K::Arrow,
                      K::Name, K::ColonEqual, K::Name, K::Ellipsis, K::Newline, K::EndMarker}));
  EXPECT_EQ(kinds("..\n"), (std::vector<K>{K::Dot, K::Dot, K::Newline, K::EndMarker}));
}

TEST(LexerTest, NamesAndPositions) {
  std::vector<Lexed> tokens = lex("x = foo_1\n  \nyy\n");
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[2].text, "foo_1");
  EXPECT_EQ(tokens[2].start.line, 1);
  EXPECT_EQ(tokens[2].start.column, 4);
  EXPECT_EQ(tokens[2].end.column, 9);
  EXPECT_EQ(tokens[4].text, "yy");
  EXPECT_EQ(tokens[4].start.line, 3);
}

TEST(LexerTest, NonAsciiNamesAreValidatedLikePep3131) {
  std::vector<Lexed> tokens = lex("café = π + ﬁle\n");
  EXPECT_EQ(tokens[0].kind, K::Name);
  EXPECT_EQ(tokens[0].text, "café");
  EXPECT_EQ(tokens[1].start.column, 6);      // columns count bytes
  EXPECT_EQ(tokens[4].text, "ﬁle");          // NFKC "file": valid, kept as written
  EXPECT_EQ(lex("x· = 1\n")[0].text, "x·");  // U+00B7 may continue a name
  EXPECT_EQ(lex("aำ = 1\n")[0].text, "aำ");  // U+0E33 continues but cannot start
  EXPECT_EQ(lex("ifé\n")[0].kind, K::Name);
}

TEST(LexerTest, InvalidCharactersInNames) {
  SyntaxError error = lex_error("x = 1€\n");
  EXPECT_EQ(error.message, "invalid character '€' (U+20AC)");
  EXPECT_EQ(error.column, 5);
  EXPECT_EQ(lex_error("·x = 1\n").message, "invalid character '·' (U+00B7)");
  EXPECT_EQ(lex_error("ͺ = 1\n").message, "invalid character 'ͺ' (U+037A)");  // NFKC is " ͅ"
  EXPECT_EQ(lex_error("ำ = 1\n").message, "invalid character 'ำ' (U+0E33)");
  EXPECT_EQ(lex_error("aⸯ = 1\n").message, "invalid character 'ⸯ' (U+2E2F)");
  error = lex_error("a\u00a0= 1\n");
  EXPECT_EQ(error.message, "invalid non-printable character U+00A0");
  EXPECT_EQ(error.column, 1);
  EXPECT_EQ(lex_error("x = 1\x01\n").message, "invalid non-printable character U+0001");
  EXPECT_EQ(lex_error("x = a\u200bb\n").message, "invalid non-printable character U+200B");
}

TEST(LexerTest, StrayPunctuationIsInvalidSyntax) {
  for (const char* text : {"1 ?\n", "$\n", "x = !\n", "`\n"}) {
    SyntaxError error = lex_error(text);
    EXPECT_EQ(error.message, "invalid syntax") << text;
  }
  EXPECT_EQ(lex_error("1 ?\n").column, 2);
}

// ---------------------------------------------------------------------------
// Numbers

TEST(LexerTest, EveryNumberFormIsOneToken) {
  for (const char* number :
       {"0",    "7",      "1_000",       "0_0",    "000",      "0x1f", "0XdeadBEEF", "0x_1",
        "0o17", "0O_7",   "0b1010",      "0B_1_0", "1.0",      "1.",   ".5",         "1e10",
        "1E-5", "1.5e+3", "1_0.2_5e1_0", "09.5",   "00.5",     "0e0",  "1j",         "1J",
        "1.5j", ".5j",    "1e3j",        "09j",    "3.14e-10J"}) {
    std::vector<Lexed> tokens = lex(std::string(number) + "\n");
    ASSERT_EQ(tokens.size(), 3u) << number;
    EXPECT_EQ(tokens[0].kind, K::Number) << number;
    EXPECT_EQ(tokens[0].text, number);
  }
}

TEST(LexerTest, KeywordsMayFollowNumbersDirectly) {
  std::vector<Lexed> tokens = lex("1if x else 2\n");
  EXPECT_EQ(tokens[0].text, "1");
  EXPECT_EQ(tokens[1].kind, K::KwIf);
  tokens = lex("0x1for\n");
  EXPECT_EQ(tokens[0].text, "0x1f");
  EXPECT_EQ(tokens[1].kind, K::KwOr);
  EXPECT_EQ(lex("1else\n")[1].kind, K::KwElse);
  EXPECT_EQ(lex("1.5jnot\n")[0].text, "1.5j");
}

TEST(LexerTest, NumbersSplitAtDots) {
  std::vector<Lexed> tokens = lex("1.2.3\n");
  EXPECT_EQ(tokens[0].text, "1.2");
  EXPECT_EQ(tokens[1].text, ".3");
  tokens = lex("1..real\n");
  EXPECT_EQ(tokens[0].text, "1.");
  EXPECT_EQ(tokens[1].kind, K::Dot);
}

TEST(LexerTest, BadNumbersHaveCPythonsMessageAndColumn) {
  struct Case {
    const char* text;
    const char* message;
    int column;
  };
  const char* kLeadingZeros =
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
      "integers";
  for (const Case& c : std::vector<Case>{
           {"1_", "invalid decimal literal", 1},
           {"1__0", "invalid decimal literal", 1},
           {"1a", "invalid decimal literal", 0},
           {"1e", "invalid decimal literal", 0},
           {"1.e", "invalid decimal literal", 1},
           {"1e+", "invalid decimal literal", 2},
           {"1e_1", "invalid decimal literal", 0},
           {"5.0_", "invalid decimal literal", 3},
           {"1.__class__", "invalid decimal literal", 1},
           {"0_", "invalid decimal literal", 1},
           {"x = 0__0", "invalid decimal literal", 5},
           {"x = 1.0e-_5", "invalid decimal literal", 8},
           {"0x", "invalid hexadecimal literal", 1},
           {"0x_", "invalid hexadecimal literal", 2},
           {"0xg", "invalid hexadecimal literal", 1},
           {"0o", "invalid octal literal", 1},
           {"0o1_", "invalid octal literal", 3},
           {"0o8", "invalid digit '8' in octal literal", 2},
           {"x = 0o12389", "invalid digit '8' in octal literal", 9},
           {"0b", "invalid binary literal", 1},
           {"0b1_", "invalid binary literal", 3},
           {"0b2", "invalid digit '2' in binary literal", 2},
           {"0b12", "invalid digit '2' in binary literal", 3},
           {"1.5j_", "invalid imaginary literal", 3},
           {"x = 1jx", "invalid imaginary literal", 5},
           {"012", kLeadingZeros, 0},
           {"09", kLeadingZeros, 0},
       }) {
    SyntaxError error = lex_error(std::string(c.text) + "\n");
    EXPECT_EQ(error.type, "SyntaxError") << c.text;
    EXPECT_EQ(error.message, c.message) << c.text;
    EXPECT_EQ(error.line, 1) << c.text;
    EXPECT_EQ(error.column, c.column) << c.text;
  }
}

TEST(LexerTest, LeadingZerosErrorSpansTheZeros) {
  EXPECT_EQ(printed_error("x = 0_7\n"),
            "  File \"t.py\", line 1\n"
            "    x = 0_7\n"
            "        ^^\n"
            "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
            "prefix for octal integers\n");
}

// ---------------------------------------------------------------------------
// Strings

TEST(LexerTest, EveryStringPrefix) {
  for (const char* prefix :
       {"",   "r",  "R",  "b",  "B",  "u",  "U",  "f",  "F",  "rb", "Rb", "rB", "RB",
        "br", "bR", "Br", "BR", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"}) {
    for (const char* quote : {"'", "\"", "'''", "\"\"\""}) {
      std::string literal = std::string(prefix) + quote + "a" + quote;
      std::vector<Lexed> tokens = lex(literal + "\n");
      ASSERT_EQ(tokens.size(), 3u) << literal;
      EXPECT_EQ(tokens[0].kind, K::String) << literal;
      EXPECT_EQ(tokens[0].text, literal);
    }
  }
  // Not prefixes: these are names followed by a string.
  EXPECT_EQ(kinds("ur'a'\n")[0], K::Name);
  EXPECT_EQ(kinds("bu'a'\n")[0], K::Name);
  EXPECT_EQ(kinds("fb'a'\n")[0], K::Name);
}

TEST(LexerTest, EscapedQuotesDoNotEndAString) {
  EXPECT_EQ(lex(R"('it\'s' x)"
                "\n")[0]
                .text,
            R"('it\'s')");
  EXPECT_EQ(lex(R"(r'\'' x)"
                "\n")[0]
                .text,
            R"(r'\'')");  // raw strings too
  EXPECT_EQ(lex(R"('\\' x)"
                "\n")[0]
                .text,
            R"('\\')");
  EXPECT_EQ(lex("'''a''''b'\n")[0].text, "'''a'''");
  EXPECT_EQ(lex("''''''\n")[0].text, "''''''");
}

TEST(LexerTest, FStringsAreSingleTokens) {
  std::vector<Lexed> tokens = lex("f'{x!r:>{w}} {{y}}' + 1\n");
  EXPECT_EQ(tokens[0].kind, K::String);
  EXPECT_EQ(tokens[0].text, "f'{x!r:>{w}} {{y}}'");
  EXPECT_EQ(tokens[1].kind, K::Plus);
}

TEST(LexerTest, MultiLineStringPositions) {
  std::vector<Lexed> tokens = lex("x = '''a\nbc\n  d''' + 'e\\\nf'\n");
  EXPECT_EQ(tokens[2].kind, K::String);
  EXPECT_EQ(tokens[2].start.line, 1);
  EXPECT_EQ(tokens[2].start.column, 4);
  EXPECT_EQ(tokens[2].end.line, 3);
  EXPECT_EQ(tokens[2].end.column, 6);
  EXPECT_EQ(tokens[4].text, "'e\\\nf'");
  EXPECT_EQ(tokens[4].start.line, 3);
  EXPECT_EQ(tokens[4].end.line, 4);
  EXPECT_EQ(tokens[5].kind, K::Newline);
  EXPECT_EQ(tokens[5].start.line, 4);
}

TEST(LexerTest, UnterminatedStrings) {
  SyntaxError error = lex_error("x = 'abc\n");
  EXPECT_EQ(error.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(error.line, 1);
  EXPECT_EQ(error.column, 4);
  error = lex_error("x = rb\"abc");
  EXPECT_EQ(error.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(error.column, 4);  // the caret goes under the prefix
  error = lex_error("x = \"abc\\\ndef\n");
  EXPECT_EQ(error.message, "unterminated string literal (detected at line 2)");
  EXPECT_EQ(error.line, 1);
  EXPECT_EQ(lex_error("x = \"abc\\\"\n").message,
            "unterminated string literal (detected at line 1)");
  error = lex_error("x = '''abc\n\ndef");
  EXPECT_EQ(error.message, "unterminated triple-quoted string literal (detected at line 3)");
  EXPECT_EQ(error.line, 1);
  EXPECT_EQ(error.column, 4);
  EXPECT_EQ(lex_error("'''abc\n\n").message,
            "unterminated triple-quoted string literal (detected at line 2)");
}

// ---------------------------------------------------------------------------
// Lines and indentation

TEST(LexerTest, IndentAndDedent) {
  std::vector<Lexed> tokens = lex("if x:\n    y\n    if z:\n        w\nv\n");
  EXPECT_EQ(kinds("if x:\n    y\n    if z:\n        w\nv\n"),
            (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                            K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                            K::Dedent, K::Dedent, K::Name, K::Newline, K::EndMarker}));
  EXPECT_EQ(tokens[4].text, "    ");
  EXPECT_EQ(tokens[4].start.column, 0);
  EXPECT_EQ(tokens[4].end.column, 4);
  EXPECT_EQ(tokens[14].start.line, 5);
}

TEST(LexerTest, DedentsAtEndOfText) {
  std::vector<Lexed> tokens = lex("class A:\n  def f():\n    return 1");
  std::vector<K> expected{K::KwClass, K::Name,   K::Colon,     K::Newline,    K::Indent,
                          K::KwDef,   K::Name,   K::LeftParen, K::RightParen, K::Colon,
                          K::Newline, K::Indent, K::KwReturn,  K::Number,     K::Newline,
                          K::Dedent,  K::Dedent, K::EndMarker};
  ASSERT_EQ(tokens.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(tokens[i].kind, expected[i]) << i;
  EXPECT_EQ(tokens[14].text, "");  // the NEWLINE the missing line break implies
  EXPECT_EQ(tokens[14].start.line, 3);
  EXPECT_EQ(tokens[14].start.column, 12);
  EXPECT_EQ(tokens[15].start.line, 4);  // DEDENTs and ENDMARKER on the line after the text
  EXPECT_EQ(tokens[17].start.line, 4);
}

TEST(LexerTest, BlankAndCommentLinesDoNotIndent) {
  EXPECT_EQ(kinds("if x:\n\n        # deep comment\n    y\n# low\n    z\n"),
            (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                            K::Name, K::Newline, K::Dedent, K::EndMarker}));
}

TEST(LexerTest, TabsAdvanceToMultiplesOfEight) {
  // A tab is column 8, so 4 spaces dedent to no known level.
  EXPECT_EQ(lex_error("if a:\n\tb\n    c\n").message,
            "unindent does not match any outer indentation level");
  EXPECT_EQ(kinds("if a:\n  \tb\n  \tc\n"),
            (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                            K::Name, K::Newline, K::Dedent, K::EndMarker}));
}

TEST(LexerTest, FormFeedResetsTheColumn) {
  EXPECT_EQ(kinds("if y:\n    \fz\n"), (std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline,
                                                       K::Name, K::Newline, K::EndMarker}));
}

TEST(LexerTest, BracketsJoinLines) {
  EXPECT_EQ(kinds("x = (1,\n\n  2)\ny\n"),
            (std::vector<K>{K::Name, K::Equal, K::LeftParen, K::Number, K::Comma, K::Number,
                            K::RightParen, K::Newline, K::Name, K::Newline, K::EndMarker}));
  EXPECT_EQ(kinds("def f():\n    return g(a,\n  b)\n"),
            (std::vector<K>{K::KwDef, K::Name, K::LeftParen, K::RightParen, K::Colon, K::Newline,
                            K::Indent, K::KwReturn, K::Name, K::LeftParen, K::Name, K::Comma,
                            K::Name, K::RightParen, K::Newline, K::Dedent, K::EndMarker}));
}

TEST(LexerTest, BackslashContinuation) {
  EXPECT_EQ(kinds("x = 1 + \\\n        2\ny\n"),
            (std::vector<K>{K::Name, K::Equal, K::Number, K::Plus, K::Number, K::Newline, K::Name,
                            K::Newline, K::EndMarker}));
}

TEST(LexerTest, TriviaOnlyWhenAsked) {
  const std::string text = "# c\nx = (1,  # one\n  2)\n\n";
  EXPECT_EQ(kinds(text), (std::vector<K>{K::Name, K::Equal, K::LeftParen, K::Number, K::Comma,
                                         K::Number, K::RightParen, K::Newline, K::EndMarker}));
  EXPECT_EQ(kinds(text, true), (std::vector<K>{K::Comment, K::NL, K::Name, K::Equal, K::LeftParen,
                                               K::Number, K::Comma, K::Comment, K::NL, K::Number,
                                               K::RightParen, K::Newline, K::NL, K::EndMarker}));
  std::vector<Lexed> tokens = lex(text, true);
  EXPECT_EQ(tokens[0].text, "# c");
  EXPECT_EQ(tokens[7].text, "# one");
  EXPECT_EQ(tokens[7].start.column, 9);
}

TEST(LexerTest, CommentAtEndOfTextGetsAnEmptyNL) {
  std::vector<Lexed> tokens = lex("x\n# end", true);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[2].kind, K::Comment);
  EXPECT_EQ(tokens[3].kind, K::NL);
  EXPECT_EQ(tokens[3].text, "");
  EXPECT_EQ(tokens[4].start.line, 3);
}

TEST(LexerTest, CrLfAndCrLineBreaks) {
  std::vector<Lexed> tokens = lex("x = 1\r\nif x:\r\n    y\r\n");
  EXPECT_EQ(tokens[3].kind, K::Newline);
  EXPECT_EQ(tokens[3].text, "\r\n");
  EXPECT_EQ(tokens[4].start.line, 2);
  EXPECT_EQ(tokens[8].kind, K::Indent);
  EXPECT_EQ(tokens[8].start.line, 3);
  EXPECT_EQ(kinds("a\rb\r"),
            (std::vector<K>{K::Name, K::Newline, K::Name, K::Newline, K::EndMarker}));
}

TEST(LexerTest, EndMarkerForever) {
  Source source("t.py", "x");
  Lexer lexer(source);
  while (lexer.next().kind != K::EndMarker) {
  }
  EXPECT_EQ(lexer.next().kind, K::EndMarker);
  EXPECT_EQ(lexer.next().kind, K::EndMarker);
}

TEST(LexerTest, UnindentMismatch) {
  SyntaxError error = lex_error("if 1:\n    x\n  y\n");
  EXPECT_EQ(error.type, "IndentationError");
  EXPECT_EQ(error.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(error.line, 3);
  EXPECT_EQ(printed_error("if 1:\n    x\n  y\n"),
            "  File \"t.py\", line 3\n"
            "    y\n"
            "     ^\n"
            "IndentationError: unindent does not match any outer indentation level\n");
}

TEST(LexerTest, InconsistentTabs) {
  for (const char* text :
       {"if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n", "if 1:\n  x\n\t y\n"}) {
    SyntaxError error = lex_error(text);
    EXPECT_EQ(error.type, "TabError") << text;
    EXPECT_EQ(error.message, "inconsistent use of tabs and spaces in indentation");
    EXPECT_EQ(error.line, 3);
  }
  EXPECT_EQ(printed_error("if 1:\n\tx\n        y\n"),
            "  File \"t.py\", line 3\n"
            "    y\n"
            "TabError: inconsistent use of tabs and spaces in indentation\n");
}

TEST(LexerTest, TooManyIndentationLevels) {
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += std::string(i, ' ') + "if 1:\n";
  EXPECT_NO_THROW(lex(text));  // 99 levels are fine
  text += std::string(100, ' ') + "pass\n";
  SyntaxError error = lex_error(text);
  EXPECT_EQ(error.type, "IndentationError");
  EXPECT_EQ(error.message, "too many levels of indentation");
  EXPECT_EQ(error.line, 101);
}

TEST(LexerTest, BadContinuations) {
  SyntaxError error = lex_error("x = 1 \\ y\n");
  EXPECT_EQ(error.message, "unexpected character after line continuation character");
  EXPECT_EQ(error.column, 7);
  error = lex_error("x = 1 \\\n");
  EXPECT_EQ(error.message, "unexpected EOF while parsing");
  EXPECT_EQ(error.line, 1);
  EXPECT_EQ(lex_error("x = 1 \\").message, "unexpected EOF while parsing");
}

// ---------------------------------------------------------------------------
// Brackets

TEST(LexerTest, BracketErrors) {
  SyntaxError error = lex_error("x = )\n");
  EXPECT_EQ(error.message, "unmatched ')'");
  EXPECT_EQ(error.column, 4);
  error = lex_error("(]\n");
  EXPECT_EQ(error.message, "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error.column, 1);
  error = lex_error("[\n\n(\n)\n)\n");
  EXPECT_EQ(error.message,
            "closing parenthesis ')' does not match opening parenthesis '[' on line 1");
  EXPECT_EQ(error.line, 5);
  EXPECT_EQ(error.column, 0);
  error = lex_error("foo(a,\n  [b,\n");
  EXPECT_EQ(error.message, "'[' was never closed");
  EXPECT_EQ(error.line, 2);
  EXPECT_EQ(error.column, 2);
  EXPECT_EQ(lex_error("x = ((((").column, 7);  // the innermost bracket
  EXPECT_EQ(lex_error(std::string(201, '(')).message, "too many nested parentheses");
  EXPECT_EQ(lex_error(std::string(200, '[') + "\n").message, "'[' was never closed");
}

// ---------------------------------------------------------------------------
// Source decoding

TEST(LexerTest, NullBytes) {
  SyntaxError error = lex_error(std::string("x = 1\0\n", 7));
  EXPECT_EQ(error.message, "source code cannot contain null bytes");
  EXPECT_EQ(error.column, -1);  // CPython prints no caret
}

TEST(LexerTest, SourceEncodings) {
  Source bom("t.py", "\xEF\xBB\xBFx = 1\n");
  EXPECT_EQ(bom.text(), "x = 1\n");
  EXPECT_EQ(bom.encoding(), "utf-8");
  Source latin1("t.py", "# -*- coding: latin-1 -*-\ns = '\xE9'\n");
  EXPECT_EQ(latin1.encoding(), "iso-8859-1");
  EXPECT_EQ(latin1.line(2), "s = '\xC3\xA9'");
  Source koi8("t.py", "#!/usr/bin/env python\n# coding: koi8-r\ns = '\xC1'\n");
  EXPECT_EQ(koi8.encoding(), "koi8-r");
  EXPECT_EQ(koi8.line(3), "s = '\xD0\xB0'");  // Cyrillic a
  Source not_a_cookie("t.py", "x = 1\n# coding: latin-1\n");
  EXPECT_EQ(not_a_cookie.encoding(), "utf-8");
}

TEST(LexerTest, DecodingErrorsHaveNoLocation) {
  SyntaxError error = lex_error("x = 1\ny = '\xE9'\n");
  EXPECT_EQ(error.message,
            "Non-UTF-8 code starting with '\\xe9' in file t.py on line 2, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(error.line, 0);
  EXPECT_EQ(printed_error("# coding: uft-8\nx = 1\n"), "SyntaxError: encoding problem: uft-8\n");
  EXPECT_EQ(lex_error("\xEF\xBB\xBF# coding: latin-1\n").message,
            "encoding problem: iso-8859-1 with BOM");
}

// ---------------------------------------------------------------------------
// format_syntax_error and dump_tokens

TEST(FormatSyntaxErrorTest, StripsIndentationAndMovesTheCaret) {
  Source source("dir/f.py", "if 1:\n    x = )\n");
  SyntaxError error{"SyntaxError", "unmatched ')'", 2, 8, 2, 9, {}};
  EXPECT_EQ(format_syntax_error(source, error),
            "  File \"dir/f.py\", line 2\n"
            "    x = )\n"
            "        ^\n"
            "SyntaxError: unmatched ')'\n");
}

TEST(FormatSyntaxErrorTest, RangesClippingAndMissingLines) {
  Source source("f.py", "foo(a b)\nx");
  EXPECT_EQ(format_syntax_error(source, {"SyntaxError", "m", 1, 4, 1, 7, {}}),
            "  File \"f.py\", line 1\n    foo(a b)\n        ^^^\nSyntaxError: m\n");
  // A caret past the end of the line is drawn just after it.
  EXPECT_EQ(format_syntax_error(source, {"SyntaxError", "m", 2, 5, 2, -1, {}}),
            "  File \"f.py\", line 2\n    x\n     ^\nSyntaxError: m\n");
  // An error spanning lines underlines the rest of the first.
  EXPECT_EQ(format_syntax_error(source, {"SyntaxError", "m", 1, 6, 2, 1, {}}),
            "  File \"f.py\", line 1\n    foo(a b)\n          ^^\nSyntaxError: m\n");
  // Subclasses draw a single caret.
  EXPECT_EQ(format_syntax_error(source, {"IndentationError", "m", 1, 0, 1, 5, {}}),
            "  File \"f.py\", line 1\n    foo(a b)\n    ^\nIndentationError: m\n");
  // A line beyond the text prints no source line.
  EXPECT_EQ(format_syntax_error(source, {"SyntaxError", "m", 3, 0, 3, -1, {}}),
            "  File \"f.py\", line 3\nSyntaxError: m\n");
}

TEST(DumpTokensTest, PrintsLikeTokenize) {
  Source source("t.py", "é = 'ü'  # c\n");
  std::ostringstream out;
  dump_tokens(source, out);
  EXPECT_EQ(out.str(),
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,1:            NAME           'é'            \n"
            "1,2-1,3:            OP             '='            \n"
            "1,4-1,7:            STRING         \"'ü'\"          \n"
            "1,9-1,12:           COMMENT        '# c'          \n"
            "1,12-1,13:          NEWLINE        '\\n'           \n"
            "2,0-2,0:            ENDMARKER      ''             \n");
}

TEST(DumpTokensTest, PrintsTokensBeforeAnError) {
  Source source("t.py", "x = (\n");
  std::ostringstream out;
  EXPECT_THROW(dump_tokens(source, out), SyntaxError);
  EXPECT_NE(out.str().find("NL             '\\n'"), std::string::npos);
}

}  // namespace
}  // namespace eddy::lexer
