// str internals the generated cases (str_methods_cases_test.cc) cannot
// see: results are stored in the narrowest kind, StrBuilder widens as
// wider code points arrive, and large results survive collections.
#include <gtest/gtest.h>

#include "tests/vm/text_fixture.h"
#include "vm/str_builder.h"

namespace eddy::vm {
namespace {

Str* str_of(Value value) {
  return static_cast<Str*>(value.as_object());
}

TEST_F(TextTest, SlicesAndReplacementsNarrowTheirKind) {
  // 'a€b'[0:1] is 'a': one byte per character again, and ASCII.
  Value euro =
      s("a\xE2\x82\xAC"
        "b");
  Value narrow = keep(get_item(vm_, euro, slice(n(0), n(1), none())));
  EXPECT_EQ(str_of(narrow)->kind, 1);
  EXPECT_TRUE(str_of(narrow)->ascii);
  Value replaced = call_method(euro, "replace", {s("\xE2\x82\xAC"), s("\xC3\xA9")});
  EXPECT_EQ(str_of(replaced)->kind, 1);
  EXPECT_FALSE(str_of(replaced)->ascii);
  EXPECT_EQ(show(replaced),
            "'a\xC3\xA9"
            "b'");
  // Equal texts compare equal whatever path made them.
  EXPECT_EQ(compare_values(replaced,
                           s("a\xC3\xA9"
                             "b"),
                           CompareOp::Equal),
            "True");
}

TEST_F(TextTest, StrBuilderWidensInPlace) {
  StrBuilder builder;
  builder.append_ascii("ab");
  builder.append(U'\u00e9');
  EXPECT_EQ(builder.at(2), U'\u00e9');
  builder.append(U'\u20ac');
  builder.append(U'\U0001F600');
  builder.append_utf8("z\xC3\xA9");
  Value built = keep(Value::from_object(builder.finish(vm_)));
  EXPECT_EQ(str_of(built)->kind, 4);
  EXPECT_EQ(str_of(built)->length, 7);
  EXPECT_EQ(to_utf8(str_of(built)), "ab\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z\xC3\xA9");
  EXPECT_EQ(builder.length(), 0) << "finish() leaves the builder empty";
}

TEST_F(TextTest, LargeJoinAndSplitRoundTrip) {
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "w" + std::to_string(i % 97) + ",";
  text += "\xE2\x82\xAC";
  Value pieces = call_method(s(text), "split", {s(",")});
  EXPECT_EQ(len(pieces), "2001");
  Value joined = call_method(s(","), "join", {pieces});
  EXPECT_EQ(to_utf8(str_of(joined)), text);
  EXPECT_EQ(str_of(joined)->kind, 2);
}

TEST_F(TextTest, ByteArrayMutatesInPlace) {
  Value array = ba("ab");
  EXPECT_EQ(m(array, "append", {n(99)}), "None");
  EXPECT_EQ(m(array, "extend", {b("de")}), "None");
  EXPECT_EQ(m(array, "extend", {list({n(102)})}), "None");
  EXPECT_EQ(show(array), "bytearray(b'abcdef')");
  EXPECT_EQ(m(array, "pop", {n(0)}), "97");
  EXPECT_TRUE(set_item(vm_, array, n(0), n(66)));
  EXPECT_EQ(show(array), "bytearray(b'Bcdef')");
  EXPECT_EQ(m(array, "clear"), "None");
  EXPECT_EQ(len(array), "0");
}

}  // namespace
}  // namespace eddy::vm
