// The number types' representation promises, which Python code cannot see
// but the VM relies on: one representation per int value, no allocation on
// the small-int paths, bools read as 1 and 0, exact int/float comparison.
// What Python code can see is checked against CPython in
// numbers_cases_test.cc.
#include <cmath>
#include <limits>

#include "tests/vm/numbers_fixture.h"

namespace eddy::vm {
namespace {

TEST_P(NumbersTest, IntsAreUnboxedExactlyWhenTheyFit) {
  Value largest = make_int(vm_, Value::kSmallIntMax);
  EXPECT_TRUE(largest.is_small_int());
  Value past = bin(BinaryOp::Add, largest, I("1"));
  ASSERT_TRUE(past.is_object());
  EXPECT_EQ(vm_.type_of(past), vm_.types().int_);
  EXPECT_TRUE(make_int(vm_, Value::kSmallIntMin).is_small_int());
  EXPECT_FALSE(make_int(vm_, Value::kSmallIntMin - 1).is_small_int());
  // A big result that shrinks comes back unboxed.
  Value shrunk = bin(BinaryOp::Subtract, past, I("1"));
  EXPECT_TRUE(shrunk.is_small_int());
  EXPECT_TRUE(shrunk.is(largest));
  EXPECT_TRUE(make_int_from_decimal(vm_, "-140737488355328").is_small_int());
  EXPECT_EQ(outcome(make_int_from_decimal(vm_, "123456789012345678901234567890")),
            "123456789012345678901234567890");
}

TEST_P(NumbersTest, SmallIntOperatorsDoNotAllocate) {
  // Under heap stress every allocation collects, so an unchanged count of
  // collections shows that nothing was allocated.
  vm_.heap().set_stress(true);
  size_t before = vm_.heap().collections();
  Value a = Value::from_small_int(-1234567);
  Value b = Value::from_small_int(89);
  for (BinaryOp op : {BinaryOp::Add, BinaryOp::Subtract, BinaryOp::Multiply, BinaryOp::FloorDivide,
                      BinaryOp::Remainder, BinaryOp::TrueDivide, BinaryOp::Power, BinaryOp::LShift,
                      BinaryOp::RShift, BinaryOp::And, BinaryOp::Or, BinaryOp::Xor}) {
    Value exponent = op == BinaryOp::Power || op == BinaryOp::LShift ? Value::from_small_int(2) : b;
    EXPECT_FALSE(binary_op(vm_, op, a, exponent).is_null());
  }
  EXPECT_FALSE(compare(vm_, a, b, CompareOp::Less).is_null());
  EXPECT_FALSE(negative(vm_, a).is_null());
  EXPECT_FALSE(invert(vm_, a).is_null());
  EXPECT_NE(hash(vm_, a), -1);
  EXPECT_FALSE(int_divmod(vm_, a, b).is_null());  // allocates only its tuple
  EXPECT_LE(vm_.heap().collections(), before + 1);
}

TEST_P(NumbersTest, BoolsReadAsOneAndZero) {
  EXPECT_TRUE(is_int(vm_, True_()));
  EXPECT_EQ(int_to_int64(vm_, True_()), 1);
  EXPECT_EQ(int_to_int64(vm_, False_()), 0);
  EXPECT_EQ(int_to_bigint(vm_, True_()), BigInt(1));
  EXPECT_EQ(outcome(bin(BinaryOp::Add, True_(), I("1"))), "2");
  EXPECT_TRUE(bin(BinaryOp::And, True_(), True_()).is(True_()));
  EXPECT_TRUE(bin(BinaryOp::Xor, True_(), False_()).is(True_()));
  EXPECT_TRUE(make(vm_.types().bool_, {I("7")}).is(True_()));
  EXPECT_FALSE(vm_.types().bool_->flags & kTypeAcceptsSubclasses);
}

TEST_P(NumbersTest, IntsCompareWithFloatsExactly) {
  Value two_53_plus_1 = bin(BinaryOp::Add, bin(BinaryOp::Power, I("2"), I("53")), I("1"));
  EXPECT_EQ(compare_int_to_double(vm_, two_53_plus_1, 9007199254740992.0),
            std::partial_ordering::greater);
  EXPECT_EQ(compare_int_to_double(vm_, I("3"), 3.0), std::partial_ordering::equivalent);
  EXPECT_EQ(compare_int_to_double(vm_, I("3"), std::nan("")), std::partial_ordering::unordered);
  EXPECT_EQ(compare_int_to_double(vm_, True_(), 0.5), std::partial_ordering::greater);
}

TEST_P(NumbersTest, EqualNumbersHashAlike) {
  Value big = bin(BinaryOp::Power, I("2"), I("100"));
  EXPECT_EQ(hash(vm_, big), hash(vm_, make(vm_.types().float_, {big})));
  EXPECT_EQ(hash(vm_, I("-1")), hash(vm_, F(-1.0)));
  EXPECT_EQ(hash(vm_, True_()), hash(vm_, C(1.0, 0.0)));
  // A NaN hashes by identity, and never as the error value.
  EXPECT_NE(hash(vm_, F(std::nan(""))), -1);
}

TEST_P(NumbersTest, NumberToDoubleRaisesForHugeInts) {
  bool ok;
  EXPECT_EQ(number_to_double(vm_, I("5"), ok), 5.0);
  EXPECT_TRUE(ok);
  number_to_double(vm_, bin(BinaryOp::Power, I("10"), I("400")), ok);
  EXPECT_FALSE(ok);
  EXPECT_EQ(outcome(Value::null()), "OverflowError: int too large to convert to float");
}

TEST_P(NumbersTest, FloatHelpersForTheBuiltins) {
  EXPECT_EQ(outcome(float_trunc(vm_, F(-2.5))), "-2");
  EXPECT_EQ(outcome(float_floor(vm_, F(-2.5))), "-3");
  EXPECT_EQ(outcome(float_ceil(vm_, F(1e20 + 0.0))), "100000000000000000000");
  EXPECT_EQ(outcome(float_divmod(vm_, S("a"), F(1.0))), "NotImplemented");
  EXPECT_EQ(outcome(int_divmod(vm_, F(1.0), I("1"))), "NotImplemented");
  EXPECT_EQ(outcome(int_power_mod(vm_, I("2"), F(0.5), I("3"))), "NotImplemented");
  EXPECT_EQ(outcome(float_power(vm_, -8.0, 1.0 / 3)), "(1.0000000000000002+1.7320508075688772j)");
  EXPECT_EQ(outcome(make_int_from_double(vm_, std::numeric_limits<double>::infinity())),
            "OverflowError: cannot convert float infinity to integer");
}

INSTANTIATE_TEST_SUITE_P(WithAndWithoutHeapStress, NumbersTest, ::testing::Bool());

}  // namespace
}  // namespace eddy::vm
