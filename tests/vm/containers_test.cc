// The containers under a collection at every allocation: tuple, list,
// dict and its views, set and frozenset, range and slice, and for_each.
// Expected values (hashes, iteration orders, reprs, messages) are
// CPython 3.11's.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "vm/attributes.h"
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/iteration.h"
#include "vm/list.h"
#include "vm/native.h"
#include "vm/protocols.h"
#include "vm/range.h"
#include "vm/set.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::vm {
namespace {

Value small(int64_t i) {
  return Value::from_small_int(i);
}

class ContainersTest : public ::testing::Test {
 protected:
  ContainersTest() : pinned_(vm_.heap(), make_list(vm_)) {
    vm_.heap().set_stress(true);
  }

  // Keeps `value` alive for the rest of the test.
  Value pin(Value value) {
    EXPECT_FALSE(value.is_null()) << error();
    if (!value.is_null()) list_append(vm_, pinned_.get(), value);
    return value;
  }

  Value str(std::string_view text) { return pin(Value::from_object(make_str(vm_, text))); }
  Value list(std::initializer_list<Value> items) {
    return pin(Value::from_object(make_list(vm_, std::span<const Value>(items))));
  }
  Value tuple(std::initializer_list<Value> items) {
    return pin(Value::from_object(make_tuple(vm_, items)));
  }
  Value set_of(std::initializer_list<int64_t> items, Type* type = nullptr) {
    Set* set = make_set(vm_, type ? type : vm_.types().set);
    pin(Value::from_object(set));
    for (int64_t i : items)
      set_add(vm_, set, small(i));
    return Value::from_object(set);
  }
  Value slice(Value start, Value stop, Value step) {
    return pin(Value::from_object(make_slice(vm_, start, stop, step)));
  }

  // type(self).name(self, *args), through the method descriptor.
  Value method(Value self, std::string_view name, std::vector<Value> args = {},
               Tuple* kwnames = nullptr) {
    Value descriptor = lookup_in_mro(vm_, vm_.type_of(self), vm_.intern(name));
    EXPECT_FALSE(descriptor.is_null()) << name;
    args.insert(args.begin(), self);
    size_t keywords = kwnames ? kwnames->size : 0;
    return call(vm_, descriptor, CallArgs{args.data(), args.size() - keywords, kwnames});
  }

  // Calls the type named by `type` as a constructor.
  Value construct(Type* type, std::vector<Value> args) {
    return call(vm_, Value::from_object(type), CallArgs{args.data(), args.size(), nullptr});
  }

  std::string repr_of(Value value) {
    std::string text = repr_utf8(vm_, value);
    EXPECT_FALSE(vm_.has_exception()) << error();
    return text;
  }

  // The pending exception's repr, cleared: "KeyError('b')".
  std::string error() {
    if (!vm_.has_exception()) return "(no exception)";
    Root<Object> exception(vm_.heap(), vm_.take_exception());
    return repr_utf8(vm_, exception.value());
  }

  bool truth(Value value) { return value.is(vm_.boolean(true)); }

  VM vm_;
  Root<List> pinned_;
};

TEST_F(ContainersTest, TupleHashIsCPythons) {
  EXPECT_EQ(hash(vm_, tuple({small(1), small(2)})), -3550055125485641917);
  EXPECT_EQ(hash(vm_, tuple({})), 5740354900026072187);
  Value unhashable = tuple({small(1), list({})});
  EXPECT_EQ(hash(vm_, unhashable), -1);
  EXPECT_EQ(error(), "TypeError(\"unhashable type: 'list'\")");
}

TEST_F(ContainersTest, FrozensetHashIsCPythons) {
  EXPECT_EQ(hash(vm_, set_of({1, 2}, vm_.types().frozenset)), -1826646154956904602);
  EXPECT_EQ(hash(vm_, set_of({}, vm_.types().frozenset)), 133146708735736);
  EXPECT_EQ(hash(vm_, set_of({1})), -1);
  EXPECT_EQ(error(), "TypeError(\"unhashable type: 'set'\")");
}

TEST_F(ContainersTest, SetIteratesInCPythonsOrder) {
  // The fifth key grows the table to 32 slots, so 9 does not meet 1's dummy.
  Value s = set_of({0, 1, 2, 3, 4});
  method(s, "discard", {small(1)});
  method(s, "add", {small(9)});
  EXPECT_EQ(repr_of(s), "{0, 2, 3, 4, 9}");
  // Collisions in an 8-slot table: set([5, 13, 21]) and set([21, 13, 5]).
  EXPECT_EQ(repr_of(set_of({5, 13, 21})), "{13, 21, 5}");
  EXPECT_EQ(repr_of(set_of({21, 13, 5})), "{13, 5, 21}");

  // 400 random adds and discards, through several resizes.
  struct Operation {
    bool add;
    int64_t key;
  } operations[] = {
      {true, 291},  {true, 364},  {true, 34},   {true, 56},   {true, 19},   {false, 179},
      {true, 404},  {false, 206}, {false, 394}, {false, 539}, {true, 188},  {true, 556},
      {true, 550},  {true, 10},   {true, 7},    {false, 96},  {true, 107},  {false, 544},
      {true, 795},  {true, 65},   {false, 614}, {true, 59},   {true, 24},   {false, 593},
      {true, 656},  {false, 755}, {true, 559},  {false, 330}, {false, 773}, {false, 758},
      {false, 548}, {true, 466},  {true, 706},  {true, 583},  {true, 80},   {true, 128},
      {true, 115},  {false, 391}, {false, 644}, {true, 531},  {true, 856},  {true, 308},
      {true, 568},  {true, 776},  {false, 820}, {true, 236},  {false, 640}, {true, 708},
      {true, 622},  {true, 657},  {true, 251},  {true, 868},  {true, -17},  {false, 323},
      {true, 79},   {true, 183},  {true, 92},   {true, 367},  {true, 852},  {true, 130},
      {false, 522}, {true, 100},  {true, 844},  {true, 683},  {true, 327},  {true, 349},
      {false, 114}, {false, 114}, {false, 198}, {true, 811},  {false, 229}, {true, 109},
      {true, 338},  {true, 286},  {true, 667},  {true, 592},  {false, 717}, {true, 881},
      {true, 855},  {true, 532},  {true, 368},  {true, 453},  {false, 23},  {true, 173},
      {false, 72},  {false, 13},  {false, 540}, {true, 63},   {false, 588}, {false, 855},
      {false, 345}, {true, 218},  {true, 576},  {false, 85},  {true, 459},  {true, 437},
      {false, 279}, {true, 64},   {false, 718}, {true, 808},  {false, 488}, {true, 500},
      {true, 666},  {true, -13},  {true, 265},  {false, 844}, {false, 825}, {true, 335},
      {true, 324},  {true, 505},  {false, 474}, {true, 188},  {true, 767},  {false, 833},
      {true, 205},  {true, 717},  {true, 164},  {true, 324},  {true, -12},  {false, 443},
      {true, 669},  {true, 312},  {true, 700},  {false, 333}, {false, 64},  {false, 161},
      {true, 454},  {true, 881},  {true, -39},  {false, 628}, {false, 618}, {false, 636},
      {true, 357},  {false, 728}, {false, 870}, {true, 768},  {true, 48},   {true, 699},
      {true, 371},  {true, 46},   {true, 134},  {false, -12}, {true, 886},  {false, 631},
      {true, 806},  {true, 445},  {false, 318}, {false, 521}, {true, -26},  {true, 703},
      {true, 499},  {true, 102},  {false, 852}, {false, 854}, {false, 217}, {false, 473},
      {false, 560}, {true, 517},  {false, 94},  {true, 717},  {true, 429},  {true, 794},
      {true, 390},  {true, 859},  {false, 504}, {false, 482}, {true, 410},  {false, 583},
      {false, 778}, {true, 104},  {false, 702}, {false, 23},  {true, 490},  {true, 454},
      {true, 68},   {false, 18},  {false, 243}, {true, 60},   {false, 535}, {true, 875},
      {false, 413}, {true, 477},  {true, 164},  {true, 423},  {true, 786},  {true, 213},
      {true, 857},  {true, 225},  {true, 874},  {true, 820},  {false, 386}, {false, 412},
      {false, 647}, {false, 34},  {true, 270},  {true, 878},  {true, 693},  {false, 334},
      {false, 864}, {false, 438}, {true, 56},   {false, 458}, {true, 643},  {true, 125},
      {true, 487},  {false, 391}, {false, 286}, {false, 334}, {true, 527},  {false, 680},
      {true, 299},  {true, 262},  {false, 25},  {false, 767}, {false, 857}, {false, 231},
      {true, 887},  {true, 236},  {true, 799},  {true, 893},  {true, 224},  {true, 509},
      {true, 544},  {false, 294}, {true, 18},   {true, 147},  {false, 34},  {true, -23},
      {false, 780}, {true, 582},  {false, 28},  {true, 84},   {true, 307},  {true, 387},
      {true, 234},  {true, 4},    {true, 204},  {false, 125}, {false, 145}, {true, 279},
      {true, 503},  {true, 256},  {false, 648}, {true, 315},  {false, 216}, {true, -22},
      {true, 524},  {true, 486},  {false, 417}, {true, 798},  {true, 632},  {true, 814},
      {false, 478}, {true, 180},  {false, 310}, {true, 863},  {false, 611}, {true, 315},
      {false, 817}, {true, 32},   {false, 860}, {false, 127}, {true, 641},  {true, 851},
      {true, 248},  {false, 669}, {false, 430}, {true, 235},  {true, 229},  {true, 296},
      {false, 520}, {true, -5},   {false, 276}, {false, 147}, {false, 350}, {true, 245},
      {false, 165}, {false, 754}, {true, 230},  {true, 107},  {true, 2},    {false, 266},
      {false, 198}, {true, 501},  {true, 118},  {true, 693},  {true, 570},  {true, 293},
      {false, 466}, {true, 701},  {false, 108}, {true, 815},  {true, 485},  {true, 711},
      {false, 477}, {true, 496},  {true, 542},  {false, 783}, {true, 662},  {true, 874},
      {true, 669},  {false, 47},  {true, 96},   {true, 67},   {true, 422},  {false, 602},
      {true, 504},  {false, 461}, {true, 427},  {true, 726},  {true, 879},  {true, 635},
      {true, 723},  {true, 218},  {false, 826}, {true, 706},  {true, 196},  {true, 431},
      {false, 351}, {true, 892},  {false, 745}, {true, 607},  {true, 39},   {false, 299},
      {true, 721},  {true, 596},  {true, -28},  {false, 457}, {false, 648}, {true, 182},
      {true, 257},  {true, 252},  {true, 437},  {true, 875},  {true, 279},  {false, 444},
      {false, 429}, {true, 478},  {true, 420},  {false, 356}, {false, 175}, {false, 52},
      {false, 496}, {false, 328}, {true, 799},  {true, 246},  {true, 680},  {true, 469},
      {true, 457},  {false, 122}, {true, 463},  {false, 375}, {true, 104},  {false, 345},
      {false, 820}, {true, 292},  {true, 819},  {true, 160},  {true, 883},  {true, 219},
      {true, 362},  {true, 850},  {true, 329},  {false, 733}, {false, 9},   {true, 12},
      {true, 252},  {false, 112}, {true, 232},  {false, 283}, {true, 342},  {true, 398},
      {true, 791},  {true, 369},  {true, 527},  {false, 696}, {true, 709},  {true, 589},
      {true, 619},  {false, 457}, {false, 523}, {true, 443},  {false, 248}, {true, 716},
      {false, 628}, {false, 631}, {true, 454},  {false, 363}, {false, 618}, {true, 172},
      {true, 791},  {true, 185},  {true, 300},  {true, 420},  {false, 520}, {false, 52},
      {false, 529}, {true, 204},  {true, 788},  {false, 868}};
  Value big = set_of({});
  for (Operation operation : operations) {
    method(big, operation.add ? "add" : "discard", {small(operation.key)});
  }
  EXPECT_EQ(
      repr_of(big),
      "{2, 4, 517, 7, 10, 524, 12, 527, 18, 19, 531, 532, 24, 542, 544, 32, 550, 39, 556, 46, "
      "559, 48, 56, 568, 570, 59, 60, 63, 576, 65, 67, 68, 582, 589, 79, 80, 592, 84, 596, 92, "
      "607, 96, 100, 102, 104, 107, 619, 109, 622, 115, 118, 632, 635, 128, 641, 130, 643, "
      "134, 656, 657, 662, 666, 667, 669, 160, 164, 680, 683, 172, 173, 180, 693, 182, 183, "
      "185, 699, 188, 700, 701, 703, 706, 708, 196, 709, 711, 204, 205, 717, 716, 721, 723, "
      "213, 726, 218, 219, 224, 225, 229, 230, 232, 234, 235, 236, 245, 246, 251, 252, 768, "
      "256, 257, 262, 776, 265, 270, 786, 788, 279, 791, 794, 795, 798, 799, 291, 292, 293, "
      "806, 808, 296, 811, 300, 814, 815, 307, 308, 819, 312, 315, 324, 327, 329, 335, 338, "
      "851, 850, 342, 856, 859, 349, 863, 357, 874, 875, 364, 362, 878, 367, 368, 881, 879, "
      "371, 883, 369, 886, 887, 892, 893, 387, 390, 398, 404, 410, 420, 422, 423, 427, 431, "
      "437, 443, 445, 453, 454, 459, 463, 469, -39, 478, -28, 485, -26, 487, 486, -23, 490, "
      "-22, -17, -13, 500, 499, 501, 503, 504, 505, -5, 509}");
}

TEST_F(ContainersTest, SetAlgebraKeepsCPythonsOrder) {
  Value multiples =
      set_of({0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152});
  auto op = [&](BinaryOp kind, Value a, Value b) {
    return repr_of(pin(binary_op(vm_, kind, a, b)));
  };
  EXPECT_EQ(
      op(BinaryOp::Xor, multiples, set_of({3, 8, 16, 99})),
      "{0, 128, 3, 136, 144, 24, 152, 32, 40, 48, 56, 64, 72, 80, 88, 96, 99, 104, 112, 120}");
  EXPECT_EQ(op(BinaryOp::And, multiples, set_of({8, 16, 999, 0})), "{8, 16, 0}");
  EXPECT_EQ(op(BinaryOp::Subtract, multiples, set_of({8})),
            "{0, 128, 64, 136, 72, 16, 144, 80, 24, 152, 88, 120, 32, 96, 40, 104, 48, 112, 56}");
  EXPECT_EQ(op(BinaryOp::Or, set_of({1, 2, 3}), set_of({9, 17, 25})), "{1, 2, 3, 17, 9, 25}");
  EXPECT_EQ(op(BinaryOp::Xor, set_of({1, 2, 3}), set_of({3, 4, 5, 100, 9})),
            "{1, 2, 100, 4, 5, 9}");
  EXPECT_EQ(op(BinaryOp::Or, set_of({1}, vm_.types().frozenset), set_of({2})), "frozenset({1, 2})");
  EXPECT_TRUE(
      truth(compare(vm_, set_of({1}), set_of({1, 2}, vm_.types().frozenset), CompareOp::Less)));
  EXPECT_TRUE(truth(compare(vm_, set_of({1, 2}), set_of({2, 1}), CompareOp::Equal)));
  EXPECT_TRUE(truth(method(set_of({1}), "issubset", {list({small(1), small(2)})})));
  EXPECT_EQ(
      repr_of(pin(method(set_of({1, 2, 3}), "difference", {list({small(1)}), list({small(2)})}))),
      "{3}");
  EXPECT_TRUE(binary_op(vm_, BinaryOp::Or, set_of({1}), list({})).is_null());
  EXPECT_EQ(error(), "TypeError(\"unsupported operand type(s) for |: 'set' and 'list'\")");
}

TEST_F(ContainersTest, SetErrorsAreCPythons) {
  Value s = set_of({});
  EXPECT_TRUE(method(s, "remove", {small(1)}).is_null());
  EXPECT_EQ(error(), "KeyError(1)");
  EXPECT_TRUE(method(s, "pop").is_null());
  EXPECT_EQ(error(), "KeyError('pop from an empty set')");
  EXPECT_TRUE(method(s, "add", {list({})}).is_null());
  EXPECT_EQ(error(), "TypeError(\"unhashable type: 'list'\")");
  EXPECT_TRUE(method(s, "add").is_null());
  EXPECT_EQ(error(), "TypeError('set.add() takes exactly one argument (0 given)')");
  // A set key is looked up as the equal frozenset.
  Value sets = set_of({});
  method(sets, "add", {set_of({1}, vm_.types().frozenset)});
  EXPECT_EQ(contains(vm_, sets, set_of({1})), 1);
  EXPECT_EQ(repr_of(set_of({}, vm_.types().frozenset)), "frozenset()");
  EXPECT_EQ(repr_of(set_of({})), "set()");
}

TEST_F(ContainersTest, ListIndexingAndSlicing) {
  Value xs = list({small(1), small(2), small(3), small(4), small(5)});
  EXPECT_EQ(repr_of(pin(get_item(vm_, xs, slice(small(1), small(4), small(2))))), "[2, 4]");
  EXPECT_EQ(repr_of(pin(get_item(vm_, xs, slice(vm_.none(), vm_.none(), small(-1))))),
            "[5, 4, 3, 2, 1]");
  EXPECT_TRUE(get_item(vm_, xs, small(-1)).is(small(5)));
  EXPECT_TRUE(get_item(vm_, xs, small(5)).is_null());
  EXPECT_EQ(error(), "IndexError('list index out of range')");
  EXPECT_TRUE(get_item(vm_, xs, str("a")).is_null());
  EXPECT_EQ(error(), "TypeError('list indices must be integers or slices, not str')");
  EXPECT_TRUE(get_item(vm_, xs, slice(small(1), small(2), small(0))).is_null());
  EXPECT_EQ(error(), "ValueError('slice step cannot be zero')");

  ASSERT_TRUE(set_item(vm_, xs, slice(small(1), small(3), vm_.none()), list({small(9)})));
  EXPECT_EQ(repr_of(xs), "[1, 9, 4, 5]");
  ASSERT_TRUE(set_item(vm_, xs, slice(vm_.none(), vm_.none(), vm_.none()), xs));
  EXPECT_EQ(repr_of(xs), "[1, 9, 4, 5]");
  ASSERT_TRUE(delete_item(vm_, xs, slice(vm_.none(), vm_.none(), small(2))));
  EXPECT_EQ(repr_of(xs), "[9, 5]");
  EXPECT_FALSE(set_item(vm_, xs, slice(vm_.none(), vm_.none(), small(-1)),
                        list({small(1), small(2), small(3)})));
  EXPECT_EQ(error(),
            "ValueError('attempt to assign sequence of size 3 to extended slice of size 2')");
  EXPECT_FALSE(set_item(vm_, xs, slice(small(0), small(1), vm_.none()), small(5)));
  EXPECT_EQ(error(), "TypeError('can only assign an iterable')");
  EXPECT_FALSE(set_item(vm_, xs, small(7), small(5)));
  EXPECT_EQ(error(), "IndexError('list assignment index out of range')");
  EXPECT_TRUE(binary_op(vm_, BinaryOp::Add, xs, tuple({})).is_null());
  EXPECT_EQ(error(), "TypeError('can only concatenate list (not \"tuple\") to list')");
  EXPECT_EQ(repr_of(pin(binary_op(vm_, BinaryOp::Multiply, small(2), xs))), "[9, 5, 9, 5]");
  EXPECT_TRUE(binary_op(vm_, BinaryOp::Multiply, xs, str("a")).is_null());
  EXPECT_EQ(error(), "TypeError(\"can't multiply sequence by non-int of type 'str'\")");
}

TEST_F(ContainersTest, ListMethods) {
  Value xs = list({});
  for (int i = 0; i < 100; ++i)
    method(xs, "append", {small(i % 7)});
  EXPECT_EQ(length(vm_, xs), 100);
  EXPECT_TRUE(method(xs, "count", {small(3)}).is(small(14)));
  EXPECT_TRUE(method(xs, "index", {small(3), small(4)}).is(small(10)));
  EXPECT_TRUE(method(xs, "index", {small(42)}).is_null());
  EXPECT_EQ(error(), "ValueError('42 is not in list')");
  EXPECT_TRUE(method(xs, "pop", {small(0)}).is(small(0)));
  method(xs, "clear");
  method(xs, "extend", {tuple({small(1), small(2)})});
  method(xs, "insert", {small(-100), small(0)});
  method(xs, "extend", {xs});
  EXPECT_EQ(repr_of(xs), "[0, 1, 2, 0, 1, 2]");
  method(xs, "remove", {small(1)});
  method(xs, "reverse");
  EXPECT_EQ(repr_of(xs), "[2, 1, 0, 2, 0]");
  EXPECT_TRUE(method(xs, "remove", {small(7)}).is_null());
  EXPECT_EQ(error(), "ValueError('list.remove(x): x not in list')");
  EXPECT_TRUE(method(list({}), "pop").is_null());
  EXPECT_EQ(error(), "IndexError('pop from empty list')");
  EXPECT_TRUE(method(xs, "append").is_null());
  EXPECT_EQ(error(), "TypeError('list.append() takes exactly one argument (0 given)')");
  EXPECT_TRUE(method(xs, "clear", {small(1)}).is_null());
  EXPECT_EQ(error(), "TypeError('list.clear() takes no arguments (1 given)')");
  EXPECT_EQ(repr_of(pin(construct(vm_.types().list, {tuple({str("a"), str("b")})}))), "['a', 'b']");
  EXPECT_TRUE(construct(vm_.types().list, {small(1)}).is_null());
  EXPECT_EQ(error(), "TypeError(\"'int' object is not iterable\")");
}

// A key function that returns the item's first element, for stability tests.
Value first_item(VM&, Value, CallArgs args) {
  return static_cast<Tuple*>(args.values[0].as_object())->items()[0];
}
constexpr NativeFunctionDef kFirstItem = {"first_item", first_item};

// A key function that appends to the list being sorted.
Value sorted_list_for_meddling;
Value meddle(VM& vm, Value, CallArgs args) {
  list_append(vm, static_cast<List*>(sorted_list_for_meddling.as_object()), small(0));
  return args.values[0];
}
constexpr NativeFunctionDef kMeddle = {"meddle", meddle};

TEST_F(ContainersTest, SortIsStableAndReportsErrors) {
  Value pairs = list({tuple({small(1), str("b")}), tuple({small(0), str("a")}),
                      tuple({small(1), str("a")}), tuple({small(0), str("b")})});
  Value key = pin(make_native_function(vm_, &kFirstItem, Value::null()));
  ASSERT_TRUE(list_sort(vm_, static_cast<List*>(pairs.as_object()), key, false)) << error();
  EXPECT_EQ(repr_of(pairs), "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]");
  ASSERT_TRUE(list_sort(vm_, static_cast<List*>(pairs.as_object()), key, true)) << error();
  EXPECT_EQ(repr_of(pairs), "[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]");

  // Long inputs with runs, descents and duplicates: compare with std.
  Value numbers = list({});
  std::vector<int64_t> expected;
  for (int64_t i = 0; i < 3000; ++i) {
    int64_t n = i < 1000 ? i : i < 2000 ? 3000 - i : (i * 7919) % 613;
    method(numbers, "append", {small(n)});
    expected.push_back(n);
  }
  std::sort(expected.begin(), expected.end());
  ASSERT_TRUE(list_sort(vm_, static_cast<List*>(numbers.as_object()), Value::null(), false));
  auto* sorted = static_cast<List*>(numbers.as_object());
  ASSERT_EQ(sorted->size, 3000);
  for (int64_t i = 0; i < 3000; ++i)
    ASSERT_EQ(sorted->items[i].as_small_int(), expected[i]);

  Value mixed = list({small(3), str("a"), small(1)});
  EXPECT_FALSE(list_sort(vm_, static_cast<List*>(mixed.as_object()), Value::null(), false));
  EXPECT_EQ(error(), "TypeError(\"'<' not supported between instances of 'str' and 'int'\")");
  EXPECT_EQ(length(vm_, mixed), 3);

  sorted_list_for_meddling = list({small(2), small(1)});
  Value meddling_key = pin(make_native_function(vm_, &kMeddle, Value::null()));
  EXPECT_FALSE(list_sort(vm_, static_cast<List*>(sorted_list_for_meddling.as_object()),
                         meddling_key, false));
  EXPECT_EQ(error(), "ValueError('list modified during sort')");
  EXPECT_EQ(repr_of(sorted_list_for_meddling), "[1, 2]");
}

TEST_F(ContainersTest, RecursiveReprs) {
  Value xs = list({});
  method(xs, "append", {xs});
  EXPECT_EQ(repr_of(xs), "[[...]]");
  Value d = pin(Value::from_object(make_dict(vm_)));
  dict_set(vm_, static_cast<Dict*>(d.as_object()), str("x"), d);
  EXPECT_EQ(repr_of(d), "{'x': {...}}");
  EXPECT_EQ(repr_of(tuple({xs})), "([[...]],)");
  EXPECT_TRUE(vm_.repr_in_progress.empty());
}

TEST_F(ContainersTest, DictKeepsCPythonsOrder) {
  auto* d = static_cast<Dict*>(pin(Value::from_object(make_dict(vm_))).as_object());
  // Pseudo-random inserts and deletions, checked against insertion order.
  uint64_t state = 12345;
  std::vector<int64_t> reference;  // insertion order, as a plain vector
  for (int i = 0; i < 300; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    int64_t key = static_cast<int64_t>((state >> 33) % 200);
    auto at = std::find(reference.begin(), reference.end(), key);
    if ((state >> 20) % 10 < 3) {
      if (at != reference.end()) reference.erase(at);
      method(Value::from_object(d), "pop", {small(key), vm_.none()});
    } else {
      if (at == reference.end()) reference.push_back(key);
      ASSERT_TRUE(dict_set(vm_, d, small(key), small(i)));
    }
  }
  std::vector<int64_t> order;
  ASSERT_TRUE(for_each(vm_, Value::from_object(d), [&](Value key) {
    order.push_back(key.as_small_int());
    return true;
  }));
  EXPECT_EQ(order, reference);
  // popitem takes the last entry.
  Value item = pin(method(Value::from_object(d), "popitem"));
  EXPECT_TRUE(static_cast<Tuple*>(item.as_object())->items()[0].is(small(reference.back())));
  EXPECT_EQ(d->used, static_cast<int64_t>(reference.size()) - 1);
}

TEST_F(ContainersTest, DictMethodsAndErrors) {
  Value d = pin(construct(vm_.types().dict,
                          {list({tuple({str("a"), small(1)}), tuple({str("b"), small(2)})})}));
  EXPECT_EQ(repr_of(d), "{'a': 1, 'b': 2}");
  EXPECT_TRUE(get_item(vm_, d, str("c")).is_null());
  EXPECT_EQ(error(), "KeyError('c')");
  EXPECT_TRUE(get_item(vm_, d, list({})).is_null());
  EXPECT_EQ(error(), "TypeError(\"unhashable type: 'list'\")");
  EXPECT_TRUE(method(d, "get", {str("c"), small(7)}).is(small(7)));
  EXPECT_TRUE(method(d, "setdefault", {str("c"), small(3)}).is(small(3)));
  EXPECT_TRUE(method(d, "pop", {str("a")}).is(small(1)));
  EXPECT_TRUE(method(d, "pop", {str("a")}).is_null());
  EXPECT_EQ(error(), "KeyError('a')");
  EXPECT_EQ(repr_of(pin(method(d, "keys"))), "dict_keys(['b', 'c'])");
  EXPECT_EQ(repr_of(pin(method(d, "items"))), "dict_items([('b', 2), ('c', 3)])");
  EXPECT_EQ(repr_of(pin(method(d, "values"))), "dict_values([2, 3])");
  Value merged = pin(binary_op(vm_, BinaryOp::Or, d, pin(method(d, "copy"))));
  EXPECT_TRUE(truth(compare(vm_, merged, d, CompareOp::Equal)));
  EXPECT_TRUE(construct(vm_.types().dict, {list({small(1)})}).is_null());
  EXPECT_EQ(error(),
            "TypeError('cannot convert dictionary update sequence element #0 to a "
            "sequence')");
  EXPECT_TRUE(construct(vm_.types().dict, {list({list({small(1)})})}).is_null());
  EXPECT_EQ(error(),
            "ValueError('dictionary update sequence element #0 has length 1; 2 is "
            "required')");
  EXPECT_TRUE(method(pin(Value::from_object(make_dict(vm_))), "popitem").is_null());
  EXPECT_EQ(error(), "KeyError('popitem(): dictionary is empty')");
  Value keys = pin(method(d, "keys"));
  EXPECT_EQ(repr_of(pin(binary_op(vm_, BinaryOp::And, keys, set_of({})))), "set()");
  Value iterator = pin(get_iterator(vm_, d));
  EXPECT_EQ(to_utf8(vm_.type_of(iterator)->name), "dict_keyiterator");
  dict_set(vm_, static_cast<Dict*>(d.as_object()), str("z"), small(0));
  EXPECT_TRUE(next(vm_, iterator).is_null());
  EXPECT_EQ(error(), "RuntimeError('dictionary changed size during iteration')");
}

TEST_F(ContainersTest, RangeBehavesAsCPythons) {
  Value r = pin(construct(vm_.types().range, {small(0), small(10), small(2)}));
  EXPECT_EQ(repr_of(r), "range(0, 10, 2)");
  EXPECT_EQ(repr_of(pin(get_item(vm_, r, slice(vm_.none(), vm_.none(), small(-1))))),
            "range(8, -2, -2)");
  EXPECT_EQ(length(vm_, r), 5);
  EXPECT_EQ(contains(vm_, r, small(4)), 1);
  EXPECT_EQ(contains(vm_, r, small(5)), 0);
  EXPECT_TRUE(method(r, "index", {small(6)}).is(small(3)));
  EXPECT_TRUE(method(r, "index", {small(5)}).is_null());
  EXPECT_EQ(error(), "ValueError('5 is not in range')");
  EXPECT_TRUE(get_item(vm_, r, small(5)).is_null());
  EXPECT_EQ(error(), "IndexError('range object index out of range')");
  Value empty_a = pin(construct(vm_.types().range, {small(0)}));
  Value empty_b = pin(construct(vm_.types().range, {small(5), small(5)}));
  EXPECT_TRUE(truth(compare(vm_, empty_a, empty_b, CompareOp::Equal)));
  Value three = pin(construct(vm_.types().range, {small(3)}));
  EXPECT_EQ(hash(vm_, three), hash(vm_, tuple({small(3), small(0), small(1)})));
  EXPECT_TRUE(construct(vm_.types().range, {small(1), small(2), small(0)}).is_null());
  EXPECT_EQ(error(), "ValueError('range() arg 3 must not be zero')");
  EXPECT_TRUE(construct(vm_.types().range, {}).is_null());
  EXPECT_EQ(error(), "TypeError('range expected at least 1 argument, got 0')");
  Value reversed = pin(method(r, "__reversed__"));
  EXPECT_TRUE(next(vm_, reversed).is(small(8)));
}

TEST_F(ContainersTest, SliceIndicesClampLikeCPython) {
  SliceIndices out;
  auto* s = static_cast<Slice*>(slice(vm_.none(), vm_.none(), small(-1)).as_object());
  ASSERT_TRUE(slice_indices(vm_, s, 5, out));
  EXPECT_EQ(out.start, 4);
  EXPECT_EQ(out.stop, -1);
  EXPECT_EQ(out.length, 5);
  EXPECT_EQ(repr_of(pin(method(Value::from_object(s), "indices", {small(5)}))), "(4, -1, -1)");
  EXPECT_EQ(repr_of(Value::from_object(s)), "slice(None, None, -1)");
  s = static_cast<Slice*>(slice(small(-100), small(100), small(3)).as_object());
  ASSERT_TRUE(slice_indices(vm_, s, 10, out));
  EXPECT_EQ(out.start, 0);
  EXPECT_EQ(out.stop, 10);
  EXPECT_EQ(out.length, 4);
  EXPECT_EQ(hash(vm_, Value::from_object(s)), -1);
  EXPECT_EQ(error(), "TypeError(\"unhashable type: 'slice'\")");
}

// The two halves of slice_indices, as the eval loop uses them for `s[a:b]`
// without a slice object.
TEST_F(ContainersTest, UnpackedSliceBoundsAdjustToAnyLength) {
  SliceBounds bounds;
  ASSERT_TRUE(unpack_slice(vm_, vm_.none(), vm_.none(), vm_.none(), bounds));
  EXPECT_EQ(bounds.step, 1);
  EXPECT_EQ(bounds.start, 0);
  EXPECT_EQ(bounds.stop, INT64_MAX);
  SliceIndices out = adjust_slice(bounds, 7);
  EXPECT_EQ(out.start, 0);
  EXPECT_EQ(out.stop, 7);
  EXPECT_EQ(out.length, 7);

  ASSERT_TRUE(unpack_slice(vm_, small(-2), vm_.none(), small(-3), bounds));
  EXPECT_EQ(bounds.stop, INT64_MIN);
  out = adjust_slice(bounds, 10);
  EXPECT_EQ(out.start, 8);
  EXPECT_EQ(out.stop, -1);
  EXPECT_EQ(out.length, 3);  // 8, 5, 2
  out = adjust_slice(bounds, 0);
  EXPECT_EQ(out.length, 0);

  // Beyond int64, a bound only keeps its sign.
  Value huge = pin(binary_op(vm_, BinaryOp::Power, small(10), small(30)));
  ASSERT_TRUE(unpack_slice(vm_, small(1), huge, vm_.none(), bounds));
  EXPECT_EQ(bounds.stop, INT64_MAX);
  EXPECT_EQ(adjust_slice(bounds, 4).length, 3);

  EXPECT_FALSE(unpack_slice(vm_, small(0), small(1), small(0), bounds));
  EXPECT_EQ(error(), "ValueError('slice step cannot be zero')");
  EXPECT_FALSE(unpack_slice(vm_, str("a"), small(1), vm_.none(), bounds));
  EXPECT_EQ(error(),
            "TypeError('slice indices must be integers or None or have an __index__ method')");
}

TEST_F(ContainersTest, ForEachWalksEveryContainer) {
  Value range = pin(construct(vm_.types().range, {small(4)}));
  Value d = pin(construct(vm_.types().dict, {list({tuple({small(7), small(0)})})}));
  for (auto [iterable, expected] :
       std::vector<std::pair<Value, int64_t>>{{list({small(1), small(2)}), 3},
                                              {tuple({small(4)}), 4},
                                              {set_of({5, 6}), 11},
                                              {range, 6},
                                              {d, 7},
                                              {pin(method(d, "values")), 0}}) {
    int64_t sum = 0;
    ASSERT_TRUE(for_each(vm_, iterable, [&](Value item) {
      sum += item.as_small_int();
      return true;
    })) << error();
    EXPECT_EQ(sum, expected) << repr_of(iterable);
  }
  int64_t seen = 0;
  EXPECT_FALSE(for_each(vm_, range, [&](Value) { return ++seen < 2; }));
  EXPECT_FALSE(vm_.has_exception());
  EXPECT_EQ(seen, 2);
}

TEST_F(ContainersTest, IteratorTypesHaveCPythonsNames) {
  Value d = pin(Value::from_object(make_dict(vm_)));
  std::pair<Value, const char*> cases[] = {
      {pin(get_iterator(vm_, list({}))), "list_iterator"},
      {pin(method(list({}), "__reversed__")), "list_reverseiterator"},
      {pin(get_iterator(vm_, tuple({}))), "tuple_iterator"},
      {pin(get_iterator(vm_, set_of({}))), "set_iterator"},
      {pin(get_iterator(vm_, pin(construct(vm_.types().range, {small(1)})))), "range_iterator"},
      {pin(get_iterator(vm_, pin(method(d, "items")))), "dict_itemiterator"},
      {pin(method(pin(method(d, "values")), "__reversed__")), "dict_reversevalueiterator"},
  };
  for (auto [iterator, name] : cases)
    EXPECT_EQ(to_utf8(vm_.type_of(iterator)->name), name);
}

}  // namespace
}  // namespace eddy::vm
