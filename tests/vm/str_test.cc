// Str storage: the narrowest kind that fits, UTF-8 round trips, hashing and
// equality.
#include "vm/str.h"

#include <gtest/gtest.h>

#include "vm/heap.h"
#include "vm/vm.h"

namespace eddy::vm {
namespace {

TEST(StrTest, PicksTheNarrowestKind) {
  VM vm;
  Root<Str> ascii(vm.heap(), make_str(vm, "hello"));
  EXPECT_EQ(ascii->kind, 1);
  EXPECT_TRUE(ascii->ascii);
  Root<Str> latin(vm.heap(), make_str(vm, "caf\xC3\xA9"));  // café
  EXPECT_EQ(latin->kind, 1);
  EXPECT_FALSE(latin->ascii);
  EXPECT_EQ(latin->at(3), U'\u00e9');
  Root<Str> bmp(vm.heap(), make_str(vm, "\xE2\x82\xAC"));  // €
  EXPECT_EQ(bmp->kind, 2);
  EXPECT_EQ(bmp->length, 1);
  Root<Str> astral(vm.heap(), make_str(vm, "a\xF0\x9F\x98\x80"));  // a😀
  EXPECT_EQ(astral->kind, 4);
  EXPECT_EQ(astral->length, 2);
  EXPECT_EQ(astral->at(1), U'\U0001F600');
}

TEST(StrTest, Utf8RoundTripsIncludingLoneSurrogates) {
  VM vm;
  for (std::string_view text : {"", "plain", "caf\xC3\xA9", "\xE2\x82\xAC uro", "\xF0\x9F\x98\x80!",
                                "\xED\xA0\x80"}) {  // the last is a lone U+D800
    Root<Str> str(vm.heap(), make_str(vm, text));
    EXPECT_EQ(to_utf8(str.get()), text);
  }
}

TEST(StrTest, EqualTextsHashAndCompareEqual) {
  VM vm;
  Root<Str> a(vm.heap(), make_str(vm, "na\xC3\xAFve"));
  Root<Str> b(vm.heap(), make_str(vm, "na\xC3\xAFve"));
  Root<Str> c(vm.heap(), make_str(vm, "naive"));
  EXPECT_NE(a.get(), b.get());
  EXPECT_TRUE(equal_str(a.get(), b.get()));
  EXPECT_EQ(hash_str(a.get()), hash_str(b.get()));
  EXPECT_FALSE(equal_str(a.get(), c.get()));
  EXPECT_GE(hash_str(c.get()), 0);
}

TEST(StrTest, ReprSlotMatchesPython) {
  VM vm;
  Root<Str> str(vm.heap(), make_str(vm, "it's\n"));
  Value repr = vm.types().str->slots.repr(vm, str.value());
  EXPECT_EQ(to_utf8(static_cast<Str*>(repr.as_object())), "\"it's\\n\"");
}

}  // namespace
}  // namespace eddy::vm
