// The NaN-boxed Value encoding: each kind round-trips and no kind can be
// mistaken for another.
#include "vm/value.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace eddy::vm {
namespace {

TEST(ValueTest, DefaultIsNull) {
  Value v;
  EXPECT_TRUE(v.is_null());
  EXPECT_FALSE(v.is_double());
  EXPECT_FALSE(v.is_small_int());
  EXPECT_FALSE(v.is_object());
}

TEST(ValueTest, DoublesRoundTrip) {
  for (double d : {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(),
                   std::numeric_limits<double>::denorm_min()}) {
    Value v = Value::from_double(d);
    ASSERT_TRUE(v.is_double()) << d;
    EXPECT_FALSE(v.is_small_int());
    EXPECT_FALSE(v.is_object());
    EXPECT_EQ(std::signbit(v.as_double()), std::signbit(d));
    EXPECT_EQ(v.as_double(), d);
  }
}

TEST(ValueTest, EveryNaNStaysADouble) {
  // x86 produces a negative quiet NaN for 0 * inf; it must not look tagged.
  volatile double zero = 0.0;
  double negative_nan = zero * -std::numeric_limits<double>::infinity();
  for (double nan : {std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::quiet_NaN(),
                     negative_nan, std::numeric_limits<double>::signaling_NaN()}) {
    Value v = Value::from_double(nan);
    EXPECT_TRUE(v.is_double());
    EXPECT_TRUE(std::isnan(v.as_double()));
  }
}

TEST(ValueTest, SmallIntsRoundTripAtTheEdges) {
  for (int64_t i : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{123456789}, Value::kSmallIntMax,
                    Value::kSmallIntMin}) {
    Value v = Value::from_small_int(i);
    ASSERT_TRUE(v.is_small_int()) << i;
    EXPECT_FALSE(v.is_double());
    EXPECT_FALSE(v.is_object());
    EXPECT_EQ(v.as_small_int(), i);
  }
  EXPECT_TRUE(Value::fits_small_int(Value::kSmallIntMax));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST(ValueTest, ObjectPointersRoundTrip) {
  alignas(16) static char storage[16];
  auto* object = reinterpret_cast<Object*>(storage);
  Value v = Value::from_object(object);
  EXPECT_TRUE(v.is_object());
  EXPECT_FALSE(v.is_double());
  EXPECT_EQ(v.as_object(), object);
}

TEST(ValueTest, IdentityComparesBits) {
  EXPECT_TRUE(Value::from_small_int(7).is(Value::from_small_int(7)));
  EXPECT_FALSE(Value::from_small_int(7).is(Value::from_double(7.0)));
  EXPECT_TRUE(Value::both_small_ints(Value::from_small_int(1), Value::from_small_int(2)));
  EXPECT_FALSE(Value::both_small_ints(Value::from_small_int(1), Value::from_double(2)));
}

}  // namespace
}  // namespace eddy::vm
