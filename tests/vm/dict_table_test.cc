// The dict's table (vm/dict_table.h): index slots as wide as the table
// needs, kept right while a dict grows through every width, loses entries
// and gets them back; and str lookups next to keys of other types.
#include "vm/dict_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vm/dict.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/vm.h"

namespace eddy::vm {
namespace {

Value small(int64_t i) {
  return Value::from_small_int(i);
}

class DictTableTest : public ::testing::Test {
 protected:
  DictTableTest() : pinned_(vm_.heap(), make_list(vm_)), dict_(vm_.heap(), make_dict(vm_)) {}

  // A str kept alive for the rest of the test.
  Str* str(const std::string& text) {
    Str* made = make_str(vm_, text);
    list_append(vm_, pinned_.get(), Value::from_object(made));
    return made;
  }

  // The keys of dict_, in iteration order.
  std::vector<Value> keys() {
    std::vector<Value> order;
    int64_t position = 0;
    Value key;
    while (dict_next(dict_.get(), position, &key, nullptr))
      order.push_back(key);
    return order;
  }

  VM vm_;
  Root<List> pinned_;
  Root<Dict> dict_;
};

TEST_F(DictTableTest, IndexWidthIsTheNarrowestThatNumbersEveryEntry) {
  EXPECT_EQ(DictTable::index_width(8), 1);
  EXPECT_EQ(DictTable::index_width(128), 1);
  EXPECT_EQ(DictTable::index_width(256), 2);
  EXPECT_EQ(DictTable::index_width(int64_t{1} << 15), 2);
  EXPECT_EQ(DictTable::index_width(int64_t{1} << 16), 4);
}

// 40000 str keys take the index from 1 to 2 to 4 bytes a slot; every key
// stays findable, by itself and by an equal str, at each width.
TEST_F(DictTableTest, GrowsThroughEveryIndexWidth) {
  constexpr int kCount = 40000;
  std::vector<Str*> names;
  std::vector<int> widths_seen;
  for (int i = 0; i < kCount; ++i) {
    names.push_back(str("key" + std::to_string(i)));
    ASSERT_TRUE(dict_set(vm_, dict_.get(), Value::from_object(names.back()), small(i)));
    int width = dict_->table->index_width();
    if (widths_seen.empty() || widths_seen.back() != width) {
      widths_seen.push_back(width);
      // The table was just rebuilt narrow or wide: every key so far is there.
      for (int j = 0; j <= i; ++j) {
        ASSERT_TRUE(dict_get(vm_, dict_.get(), Value::from_object(names[j])).is(small(j)));
        Str* twin = str("key" + std::to_string(j));
        ASSERT_TRUE(dict_get(vm_, dict_.get(), Value::from_object(twin)).is(small(j)));
      }
    }
  }
  EXPECT_EQ(widths_seen, (std::vector<int>{1, 2, 4}));
  EXPECT_EQ(dict_->used, kCount);
  for (int i = 0; i < kCount; ++i)
    ASSERT_TRUE(dict_get_str(vm_, dict_.get(), names[i]).is(small(i)));
  EXPECT_TRUE(dict_get(vm_, dict_.get(), Value::from_object(str("key40000"))).is_null());
  EXPECT_FALSE(vm_.has_exception());
}

// Deleting leaves kDeletedSlot in the index at each width; lookups pass
// over it, and keys put back go to the end of the order.
TEST_F(DictTableTest, DeletesAndReinsertsAtEveryWidth) {
  for (int count : {50, 1000, 30000}) {
    dict_.set(Value::from_object(make_dict(vm_)));
    std::vector<Value> expected;
    for (int i = 0; i < count; ++i)
      ASSERT_TRUE(dict_set(vm_, dict_.get(), small(i), small(i)));
    for (int i = 0; i < count; i += 2)
      ASSERT_EQ(dict_delete(vm_, dict_.get(), small(i)), 1);
    for (int i = 1; i < count; i += 2) {
      ASSERT_TRUE(dict_get(vm_, dict_.get(), small(i)).is(small(i)));
      expected.push_back(small(i));
    }
    for (int i = 0; i < count; i += 2) {
      ASSERT_TRUE(dict_get(vm_, dict_.get(), small(i)).is_null());
      ASSERT_TRUE(dict_set(vm_, dict_.get(), small(i), small(-i)));
      expected.push_back(small(i));
    }
    EXPECT_EQ(dict_->used, count);
    std::vector<Value> order = keys();
    ASSERT_EQ(order.size(), expected.size());
    for (size_t i = 0; i < order.size(); ++i)
      ASSERT_TRUE(order[i].is(expected[i])) << count << " " << i;
    for (int i = 0; i < count; ++i)
      ASSERT_TRUE(dict_get(vm_, dict_.get(), small(i)).is(small(i % 2 ? i : -i)));
  }
}

// An int key with exactly a str's hash: a str lookup skips it (an int
// never equals a str) without taking it for an object.
TEST_F(DictTableTest, StrLookupPassesAnIntWithTheSameHash) {
  Str* name = nullptr;
  for (int i = 0; !name; ++i) {
    std::string text = "n" + std::to_string(i);
    if (Value::fits_small_int(hash_str(make_str(vm_, text)))) name = str(text);
  }
  int64_t hash = hash_str(name);
  ASSERT_TRUE(dict_set(vm_, dict_.get(), small(hash), small(1)));
  EXPECT_TRUE(dict_get_str(vm_, dict_.get(), name).is_null());
  EXPECT_TRUE(dict_get(vm_, dict_.get(), Value::from_object(name)).is_null());
  EXPECT_FALSE(vm_.has_exception());
  ASSERT_TRUE(dict_set_str(vm_, dict_.get(), name, small(2)));
  EXPECT_EQ(dict_->used, 2);
  EXPECT_TRUE(dict_get(vm_, dict_.get(), small(hash)).is(small(1)));
  EXPECT_TRUE(dict_get(vm_, dict_.get(), Value::from_object(name)).is(small(2)));
}

}  // namespace
}  // namespace eddy::vm
