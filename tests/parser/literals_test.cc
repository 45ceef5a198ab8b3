// Literals in the front end: number tokens, string escapes and prefixes,
// concatenation, f-string splitting, their SyntaxErrors, the Python reprs
// that ast.dump prints, and \N{...} names. Every expected text here was
// printed by CPython 3.11. Field expressions are not parsed here: a fake
// expression parser turns their text into a Name node.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexer/source.h"
#include "parser/ast_dump.h"
#include "parser/number_literal.h"
#include "parser/python_repr.h"
#include "parser/string_literal.h"
#include "parser/unicode_names.h"

namespace eddy::parser {
namespace {

std::string number(std::string_view text) {
  Arena arena;
  Constant* constant = arena.make<Constant>();
  constant->value = parse_number(text, arena);
  return dump(constant);
}

// The STRING tokens of `literals`, laid out on line 1 one space apart
// (a literal may itself span lines).
std::vector<lexer::Token> string_tokens(const std::vector<std::string_view>& literals) {
  std::vector<lexer::Token> tokens;
  lexer::Position position{1, 0};
  for (std::string_view text : literals) {
    lexer::Token token{lexer::TokenKind::String, text, position, position};
    for (char c : text) {
      if (c == '\n') {
        ++token.end.line;
        token.end.column = 0;
      } else {
        ++token.end.column;
      }
    }
    tokens.push_back(token);
    position = {token.end.line, token.end.column + 1};
  }
  return tokens;
}

// Builds the run of `literals` and records every field expression handed to
// the expression parser, with where it starts.
class StringRunTest : public ::testing::Test {
 protected:
  std::string build(const std::vector<std::string_view>& literals) {
    tokens_ = string_tokens(literals);
    return dump(build_string(tokens_, arena_, [&](std::string_view text, lexer::Position start) {
      fields_.push_back(std::string(text) + "@" + std::to_string(start.line) + ":" +
                        std::to_string(start.column));
      Name* name = arena_.make<Name>();
      name->id = text;
      return name;
    }));
  }

  lexer::SyntaxError error(const std::vector<std::string_view>& literals) {
    try {
      build(literals);
    } catch (const lexer::SyntaxError& error) {
      return error;
    }
    ADD_FAILURE() << "no SyntaxError";
    return {};
  }

  std::string message(const std::vector<std::string_view>& literals) {
    return error(literals).message;
  }

  Arena arena_;
  std::vector<lexer::Token> tokens_;
  std::vector<std::string> fields_;
};

TEST(NumberLiteral, Integers) {
  EXPECT_EQ(number("0"), "Constant(value=0)");
  EXPECT_EQ(number("00"), "Constant(value=0)");
  EXPECT_EQ(number("1_000"), "Constant(value=1000)");
  EXPECT_EQ(number("0x_1f"), "Constant(value=31)");
  EXPECT_EQ(number("0XFF"), "Constant(value=255)");
  EXPECT_EQ(number("0o1_7"), "Constant(value=15)");
  EXPECT_EQ(number("0B1_0"), "Constant(value=2)");
  EXPECT_EQ(number("9223372036854775807"), "Constant(value=9223372036854775807)");
}

TEST(NumberLiteral, BigIntegersGoThroughGmp) {
  EXPECT_EQ(number("9223372036854775808"), "Constant(value=9223372036854775808)");
  EXPECT_EQ(number("0xFFFFFFFFFFFFFFFF"), "Constant(value=18446744073709551615)");
  EXPECT_EQ(number("0x1FFFFFFFFFFFFFFFF"), "Constant(value=36893488147419103231)");
  EXPECT_EQ(number("99_999_999_999_999_999_999"), "Constant(value=99999999999999999999)");
  EXPECT_EQ(number("0o777777777777777777777777"), "Constant(value=4722366482869645213695)");
}

TEST(NumberLiteral, Floats) {
  EXPECT_EQ(number("0.1"), "Constant(value=0.1)");
  EXPECT_EQ(number("1."), "Constant(value=1.0)");
  EXPECT_EQ(number(".5"), "Constant(value=0.5)");
  EXPECT_EQ(number("1E5"), "Constant(value=100000.0)");
  EXPECT_EQ(number("1_0.5e1_0"), "Constant(value=105000000000.0)");
  EXPECT_EQ(number("1e16"), "Constant(value=1e+16)");
  EXPECT_EQ(number("1e15"), "Constant(value=1000000000000000.0)");
  EXPECT_EQ(number("1e-5"), "Constant(value=1e-05)");
  EXPECT_EQ(number("0.0001"), "Constant(value=0.0001)");
  EXPECT_EQ(number("123456789012345678.0"), "Constant(value=1.2345678901234568e+17)");
  EXPECT_EQ(number("5e-324"), "Constant(value=5e-324)");
  EXPECT_EQ(number("1.7976931348623159e308"), "Constant(value=inf)");
}

TEST(NumberLiteral, OutOfRangeFloatsSaturateLikeCPython) {
  EXPECT_EQ(number("1e999"), "Constant(value=inf)");
  EXPECT_EQ(number("1e-400"), "Constant(value=0.0)");
  EXPECT_EQ(number("0.0000000000000000000001e310"), "Constant(value=1e+288)");
}

TEST(NumberLiteral, Imaginary) {
  EXPECT_EQ(number("10j"), "Constant(value=10j)");
  EXPECT_EQ(number("1.5e3J"), "Constant(value=1500j)");
  EXPECT_EQ(number("1_2j"), "Constant(value=12j)");
  EXPECT_EQ(number("0j"), "Constant(value=0j)");
  EXPECT_EQ(number("2.0j"), "Constant(value=2j)");
  EXPECT_EQ(number("1.5e300j"), "Constant(value=1.5e+300j)");
  EXPECT_EQ(number("1e999j"), "Constant(value=infj)");
}

TEST(PythonRepr, Str) {
  EXPECT_EQ(repr_str("abc"), "'abc'");
  EXPECT_EQ(repr_str("'"), "\"'\"");
  EXPECT_EQ(repr_str("'\""), "'\\'\"'");
  EXPECT_EQ(repr_str("a\\b\n\r\t\x07"), "'a\\\\b\\n\\r\\t\\x07'");
  EXPECT_EQ(repr_str("\x7f\xc2\x80\xc2\xa0\xc2\xad"), "'\\x7f\\x80\\xa0\\xad'");
  EXPECT_EQ(repr_str("\xe2\x80\xa8 \xe3\x80\x80"), "'\\u2028 \\u3000'");
  EXPECT_EQ(repr_str("\xf3\xa0\x80\x81\xf4\x8f\xbf\xbf"), "'\\U000e0001\\U0010ffff'");
  EXPECT_EQ(repr_str("\xc3\xa9\xe4\xb8\x80\xf0\x9f\x98\x80"),
            "'\xc3\xa9\xe4\xb8\x80\xf0\x9f\x98\x80'");
  EXPECT_EQ(repr_str("\xed\xa0\x80"), "'\\ud800'");  // a lone surrogate
}

TEST(PythonRepr, Bytes) {
  EXPECT_EQ(repr_bytes("abc"), "b'abc'");
  EXPECT_EQ(repr_bytes(std::string("\x7f\x00'\"", 4)), "b'\\x7f\\x00\\'\"'");
  EXPECT_EQ(repr_bytes("'"), "b\"'\"");
  EXPECT_EQ(repr_bytes("\xff\t\n\r\\"), "b'\\xff\\t\\n\\r\\\\'");
}

TEST(PythonRepr, Floats) {
  EXPECT_EQ(repr_float(0.0), "0.0");
  EXPECT_EQ(repr_float(1e22), "1e+22");
  EXPECT_EQ(repr_float(1.5e-7), "1.5e-07");
  EXPECT_EQ(repr_float(1e16), "1e+16");
  EXPECT_EQ(repr_float(123.456), "123.456");
  EXPECT_EQ(repr_imaginary(1.0), "1j");
  EXPECT_EQ(repr_imaginary(1e16), "1e+16j");
}

TEST(UnicodeNames, LookUpLikeUnicodedata) {
  EXPECT_EQ(lookup_unicode_name("LATIN SMALL LETTER A"), U'a');
  EXPECT_EQ(lookup_unicode_name("latin small letter a"), U'a');
  EXPECT_EQ(lookup_unicode_name("EM DASH"), U'\u2014');
  EXPECT_EQ(lookup_unicode_name("NUL"), U'\0');  // an alias
  EXPECT_EQ(lookup_unicode_name("byte order mark"), U'\ufeff');
  EXPECT_EQ(lookup_unicode_name("HANGUL SYLLABLE GA"), U'\uac00');
  EXPECT_EQ(lookup_unicode_name("HANGUL SYLLABLE A"), U'\uc544');
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-4E00"), U'\u4e00');
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-2B738"), U'\U0002b738');
  EXPECT_EQ(lookup_unicode_name("hangul syllable ga"), std::nullopt);
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-4e00"), std::nullopt);
  // Unicode 15.0 additions are unknown to CPython 3.11 (Unicode 14.0).
  EXPECT_EQ(lookup_unicode_name("CJK UNIFIED IDEOGRAPH-2B739"), std::nullopt);
  EXPECT_EQ(lookup_unicode_name("TANGUT IDEOGRAPH-17000"), std::nullopt);
  EXPECT_EQ(lookup_unicode_name("BOGUS"), std::nullopt);
}

TEST_F(StringRunTest, Escapes) {
  EXPECT_EQ(build({R"("\a\b\f\n\r\t\v\0\00\000\0000")"}),
            "Constant(value='\\x07\\x08\\x0c\\n\\r\\t\\x0b\\x00\\x00\\x00\\x000')");
  EXPECT_EQ(build({R"("\x41\u0042\U00000043\1234")"}), "Constant(value='ABCS4')");
  EXPECT_EQ(build({R"("\777\8\d")"}), "Constant(value='\xc7\xbf\\\\8\\\\d')");
  EXPECT_EQ(build({R"("\N{EM DASH}\N{em dash}\N{LF}")"}),
            "Constant(value='\xe2\x80\x94\xe2\x80\x94\\n')");
  EXPECT_EQ(build({R"("\ud83d\ude00\U0001F600")"}),
            "Constant(value='\\ud83d\\ude00\xf0\x9f\x98\x80')");
  EXPECT_EQ(build({"'''a\\\nb\nc'''"}), "Constant(value='ab\\nc')");
  EXPECT_EQ(build({R"("\'\"")"}), "Constant(value='\\'\"')");
}

TEST_F(StringRunTest, PrefixesAndConcatenation) {
  EXPECT_EQ(build({R"(r"\n")", R"("\n")"}), "Constant(value='\\\\n\\n')");
  EXPECT_EQ(build({R"(Rb"\x")", R"(bR"\x")"}), "Constant(value=b'\\\\x\\\\x')");
  EXPECT_EQ(build({R"(b"\777\x41\u1234")"}), "Constant(value=b'\\xffA\\\\u1234')");
  EXPECT_EQ(build({"u'a'", "'b'"}), "Constant(value='ab', kind='u')");
  EXPECT_EQ(build({"'a'", "u'b'"}), "Constant(value='ab')");
  EXPECT_EQ(build({"U'a'"}), "Constant(value='a')");
  EXPECT_EQ(build({"''''''", "\"\""}), "Constant(value='')");
  EXPECT_EQ(build({"'a\r\nb'"}), "Constant(value='a\\nb')");
}

TEST_F(StringRunTest, EscapeErrors) {
  EXPECT_EQ(message({R"("ab\x4")"}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: "
            "truncated \\xXX escape");
  EXPECT_EQ(message({R"("abc\u12")"}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-6: "
            "truncated \\uXXXX escape");
  EXPECT_EQ(message({R"("\U00110000")"}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
            "illegal Unicode character");
  EXPECT_EQ(message({R"("\N{}")"}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
            "malformed \\N character escape");
  EXPECT_EQ(message({R"("ab\N{bogus}")"}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-10: "
            "unknown Unicode character name");
  // CPython counts positions after rewriting each non-ASCII character
  // as a 10-byte \U escape.
  EXPECT_EQ(message({"\"\xc3\xa9\\x4\""}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: "
            "truncated \\xXX escape");
  EXPECT_EQ(message({R"(b"ab\xg0")"}), "(value error) invalid \\x escape at position 2");
}

TEST_F(StringRunTest, ErrorsAreReportedAtTheEndOfTheRun) {
  lexer::SyntaxError mixed = error({"'a'", "b'b'"});
  EXPECT_EQ(mixed.message, "cannot mix bytes and nonbytes literals");
  EXPECT_EQ(mixed.line, 1);
  EXPECT_EQ(mixed.column, 8);
  lexer::SyntaxError non_ascii = error({"b'\xc3\xa9'"});
  EXPECT_EQ(non_ascii.message, "bytes can only contain ASCII literal characters");
  EXPECT_EQ(non_ascii.column, 0);
  EXPECT_EQ(non_ascii.end_column, 5);
}

TEST_F(StringRunTest, FStringPieces) {
  EXPECT_EQ(build({"f''"}), "JoinedStr(values=[])");
  EXPECT_EQ(build({"f'abc'"}), "JoinedStr(values=[Constant(value='abc')])");
  EXPECT_EQ(build({"'a'", "f''"}), "JoinedStr(values=[Constant(value='a')])");
  EXPECT_EQ(build({"f'a{{b}}c'"}), "JoinedStr(values=[Constant(value='a{b}c')])");
  EXPECT_EQ(build({"f'a'", "'b'", "f'{c}'", "'d'"}),
            "JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='c', "
            "ctx=Load()), conversion=-1), Constant(value='d')])");
  EXPECT_EQ(build({"u'a'", "f'{x}b'"}),
            "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', "
            "ctx=Load()), conversion=-1), Constant(value='b', kind='u')])");
  EXPECT_EQ(build({R"(f"\{x}")"}),
            "JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', "
            "ctx=Load()), conversion=-1)])");
  EXPECT_EQ(build({R"(f"\N{DIGIT ONE}{x}")"}),
            "JoinedStr(values=[Constant(value='1'), FormattedValue(value=Name(id='x', "
            "ctx=Load()), conversion=-1)])");
}

TEST_F(StringRunTest, ConversionsAndFormatSpecs) {
  EXPECT_EQ(build({"f'{x!r:>{w}}'"}),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
            "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', "
            "ctx=Load()), conversion=-1)]))])");
  EXPECT_EQ(build({"f'{x:}'"}),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
            "format_spec=JoinedStr(values=[]))])");
  EXPECT_EQ(build({"f'{x!a}'"}),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)])");
  EXPECT_EQ(build({"f'{x:=4}'"}),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
            "format_spec=JoinedStr(values=[Constant(value='=4')]))])");
}

TEST_F(StringRunTest, SelfDocumentingFields) {
  EXPECT_EQ(build({"f'{x=}'"}),
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', "
            "ctx=Load()), conversion=114)])");
  EXPECT_EQ(build({"f'{x = !s}'"}),
            "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x ', "
            "ctx=Load()), conversion=115)])");
  EXPECT_EQ(build({"f'{x=:>5}'"}),
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', "
            "ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))])");
  EXPECT_EQ(build({"f'{x=}'", "'b'", "f'{y=}'"}),
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', "
            "ctx=Load()), conversion=114), Constant(value='by='), FormattedValue(value=Name("
            "id='y', ctx=Load()), conversion=114)])");
}

TEST_F(StringRunTest, ExpressionTextAndPosition) {
  build({"'a'", "f'{x!=y}{a[\"}\"]:{z}}'"});
  EXPECT_EQ(fields_, (std::vector<std::string>{"x!=y@1:7", "a[\"}\"]@1:13", "z@1:21"}));
  fields_.clear();
  build({"f'''ab\ncd{ e\n+ f}'''"});
  EXPECT_EQ(fields_, (std::vector<std::string>{" e\n+ f@2:3"}));
}

TEST_F(StringRunTest, FStringErrors) {
  EXPECT_EQ(message({"f'{'"}), "f-string: expecting '}'");
  EXPECT_EQ(message({"f'{x!r'"}), "f-string: expecting '}'");
  EXPECT_EQ(message({"f'{x!r=}'"}), "f-string: expecting '}'");
  EXPECT_EQ(message({"f'}'"}), "f-string: single '}' is not allowed");
  EXPECT_EQ(message({"f'{x:}}'"}), "f-string: single '}' is not allowed");
  EXPECT_EQ(message({"f'{ }'"}), "f-string: empty expression not allowed");
  EXPECT_EQ(message({"f'{!r}'"}), "f-string: expression required before '!'");
  EXPECT_EQ(message({"f'{x!z}'"}),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  EXPECT_EQ(message({"f'{x#}'"}), "f-string expression part cannot include '#'");
  EXPECT_EQ(message({R"(f'{"\n"}')"}), "f-string expression part cannot include a backslash");
  EXPECT_EQ(message({"f'{x:{y:{z}}}'"}), "f-string: expressions nested too deeply");
  EXPECT_EQ(message({"f'{x)}'"}), "f-string: unmatched ')'");
  EXPECT_EQ(message({"f'{(x}'"}),
            "f-string: closing parenthesis '}' does not match opening "
            "parenthesis '('");
  EXPECT_EQ(message({"f'{x(}'"}),
            "f-string: closing parenthesis '}' does not match opening "
            "parenthesis '('");
  EXPECT_EQ(message({"f'{x\"}'"}), "f-string: unterminated string");
  EXPECT_EQ(message({"f'a\\x4{x}'"}),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: "
            "truncated \\xXX escape");
  EXPECT_EQ(message({"b''", "f''"}), "cannot mix bytes and nonbytes literals");
}

TEST(AstDump, OptionalFieldsAndNullsInLists) {
  Arena arena;
  Arg* kwonly = arena.make<Arg>();
  kwonly->arg = "a";
  Constant* one = arena.make<Constant>();
  one->value.kind = ConstantValue::Kind::Int;
  one->value.integer = 1;
  Arguments* arguments = arena.make<Arguments>();
  arguments->kwonlyargs = arena.list(std::vector<Arg*>{kwonly});
  arguments->kw_defaults = arena.list(std::vector<Expr*>{nullptr});
  Lambda* lambda = arena.make<Lambda>();
  lambda->args = arguments;
  lambda->body = one;
  Dict* dict = arena.make<Dict>();
  dict->keys = arena.list(std::vector<Expr*>{nullptr});
  dict->values = arena.list(std::vector<Expr*>{lambda});
  EXPECT_EQ(dump(dict),
            "Dict(keys=[None], values=[Lambda(args=arguments(posonlyargs=[], args=[], "
            "kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), "
            "body=Constant(value=1))])");

  ImportFrom* import = arena.make<ImportFrom>();
  Alias* alias = arena.make<Alias>();
  alias->name = "x";
  import->names = arena.list(std::vector<Alias*>{alias});
  import->level = 1;
  Module module;
  module.body = arena.list(std::vector<Stmt*>{import, arena.make<Pass>()});
  EXPECT_EQ(dump(&module),
            "Module(body=[ImportFrom(names=[alias(name='x')], level=1), Pass()], "
            "type_ignores=[])");
}

}  // namespace
}  // namespace eddy::parser
