// The native core of the random module, as CPython builds it: _random.Random,
// the Mersenne Twister MT19937 seeded exactly as CPython seeds it, with
// random(), getrandbits(), getstate() and setstate(). random.Random and the
// module functions above it are stdlib/lib/random.py.
#include <nettle/sha2.h>
#include <sys/random.h>

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

#include "stdlib/keyword_arguments.h"
#include "stdlib/native_module.h"
#include "stdlib/native_modules.h"
#include "vm/bytes.h"
#include "vm/exceptions.h"
#include "vm/heap.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/method_args.h"
#include "vm/protocols.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/vm.h"

namespace eddy::stdlib {

using namespace vm;

namespace {

// --- MT19937 (Matsumoto and Nishimura, 2002)

constexpr int kStateSize = 624;
constexpr int kShift = 397;

struct RandomObject : Object {
  uint32_t state[kStateSize];
  int index;  // the next word of `state` to temper; kStateSize: regenerate first
};

RandomObject* as_random(Value self) {
  return static_cast<RandomObject*>(self.as_object());
}

void init_genrand(RandomObject* random, uint32_t seed) {
  uint32_t* mt = random->state;
  mt[0] = seed;
  for (int i = 1; i < kStateSize; ++i) {
    mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  }
  random->index = kStateSize;
}

void init_by_array(RandomObject* random, const std::vector<uint32_t>& key) {
  uint32_t* mt = random->state;
  init_genrand(random, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kStateSize, key.size()); k > 0; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kStateSize) {
      mt[0] = mt[kStateSize - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (size_t k = kStateSize - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kStateSize) {
      mt[0] = mt[kStateSize - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;  // a non-zero initial state
}

uint32_t next_word(RandomObject* random) {
  uint32_t* mt = random->state;
  auto twist = [](uint32_t upper, uint32_t lower, uint32_t far) {
    uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
    return far ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
  };
  if (random->index >= kStateSize) {
    int k = 0;
    for (; k < kStateSize - kShift; ++k)
      mt[k] = twist(mt[k], mt[k + 1], mt[k + kShift]);
    for (; k < kStateSize - 1; ++k)
      mt[k] = twist(mt[k], mt[k + 1], mt[k + kShift - kStateSize]);
    mt[kStateSize - 1] = twist(mt[kStateSize - 1], mt[0], mt[kShift - 1]);
    random->index = 0;
  }
  uint32_t y = mt[random->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// --- seeding

// Seeds from the operating system's entropy (seed(None)), falling back on
// the time and process id as CPython does.
void seed_from_entropy(RandomObject* random) {
  std::vector<uint32_t> key(kStateSize);
  size_t wanted = key.size() * sizeof(uint32_t);
  if (getrandom(key.data(), wanted, 0) != static_cast<ssize_t>(wanted)) {
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    key = {static_cast<uint32_t>(now.tv_sec), static_cast<uint32_t>(now.tv_nsec),
           static_cast<uint32_t>(getpid())};
  }
  init_by_array(random, key);
}

// The 32-bit words of a non-negative BigInt, least significant first; one
// zero word for zero.
std::vector<uint32_t> words_of(const BigInt& value) {
  size_t count = (mpz_sizeinbase(value.gmp(), 2) + 31) / 32;
  std::vector<uint32_t> words(std::max<size_t>(count, 1), 0);
  mpz_export(words.data(), &count, -1, sizeof(uint32_t), 0, 0, value.gmp());
  return words;
}

// seed(n): None seeds from entropy; an int by the words of its absolute
// value; anything else by its hash, read as an unsigned 64-bit number.
bool seed_with(VM& vm, RandomObject* random, Value seed) {
  if (seed.is_null() || seed.is(vm.none())) {
    seed_from_entropy(random);
    return true;
  }
  BigInt value;
  if (is_int(vm, seed)) {
    value = abs(int_to_bigint(vm, seed));
  } else {
    int64_t hashed = hash(vm, seed);
    if (hashed == -1 && vm.has_exception()) return false;
    mpz_set_ui(value.gmp(), static_cast<uint64_t>(hashed));
  }
  init_by_array(random, words_of(value));
  return true;
}

// --- _random.Random

Value random_new(VM& vm, Type* type, CallArgs) {
  auto* random = static_cast<RandomObject*>(vm.heap().allocate(type, type->instance_size));
  seed_from_entropy(random);
  return Value::from_object(random);
}

// Random(seed=None) of the native class itself; Python subclasses seed
// in their own __init__.
bool random_init(VM& vm, Value self, CallArgs args) {
  if (!check_no_keywords(vm, "Random", args)) return false;
  if (args.nargs > 1) {
    raise(vm, vm.exceptions().TypeError,
          "Random() expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  return seed_with(vm, as_random(self), args.nargs == 1 ? args.values[0] : Value::null());
}

Value random_seed(VM& vm, Value self, CallArgs args) {
  if (!check_positional(vm, "seed", args, 0, 1)) return Value::null();
  if (!seed_with(vm, as_random(self), args.nargs == 1 ? args.values[0] : Value::null())) {
    return Value::null();
  }
  return vm.none();
}

// random(): 53 random bits as a float in [0, 1).
Value random_random(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Random.random", args)) return Value::null();
  RandomObject* random = as_random(self);
  uint32_t a = next_word(random) >> 5, b = next_word(random) >> 6;
  return Value::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// getrandbits(k): an int of k random bits, filled 32 bits at a time from
// the least significant end; the last word keeps its top bits.
Value random_getrandbits(VM& vm, Value self, CallArgs args) {
  if (!vm::check_one_argument(vm, "Random.getrandbits", args)) return Value::null();
  int64_t bits;
  if (!ssize_argument(vm, args.values[0], bits)) return Value::null();
  if (bits > INT32_MAX) {
    return raise(vm, vm.exceptions().OverflowError, "Python int too large to convert to C int");
  }
  if (bits < 0) {
    return raise(vm, vm.exceptions().ValueError, "number of bits must be non-negative");
  }
  RandomObject* random = as_random(self);
  if (bits <= 32) {
    return bits == 0 ? Value::from_small_int(0) : make_int(vm, next_word(random) >> (32 - bits));
  }
  std::vector<uint32_t> words(static_cast<size_t>((bits - 1) / 32 + 1));
  for (uint32_t& word : words) {
    word = next_word(random);
    if (bits < 32) word >>= 32 - bits;
    bits -= 32;
  }
  BigInt value;
  mpz_import(value.gmp(), words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  return make_int(vm, std::move(value));
}

// getstate(): the 624 words and the index, as a tuple of 625 ints.
Value random_getstate(VM& vm, Value self, CallArgs args) {
  if (!check_no_arguments(vm, "Random.getstate", args)) return Value::null();
  RandomObject* random = as_random(self);
  Value items[kStateSize + 1];
  for (int i = 0; i < kStateSize; ++i)
    items[i] = Value::from_small_int(random->state[i]);
  items[kStateSize] = Value::from_small_int(random->index);
  return Value::from_object(make_tuple(vm, std::span<const Value>(items, kStateSize + 1)));
}

Value random_setstate(VM& vm, Value self, CallArgs args) {
  if (!vm::check_one_argument(vm, "Random.setstate", args)) return Value::null();
  Value state = args.values[0];
  if (vm.type_of(state) != vm.types().tuple) {
    return raise(vm, vm.exceptions().TypeError, "state vector must be a tuple");
  }
  auto* tuple = static_cast<Tuple*>(state.as_object());
  if (tuple->size != kStateSize + 1) {
    return raise(vm, vm.exceptions().ValueError, "state vector is the wrong size");
  }
  uint32_t words[kStateSize];
  for (int i = 0; i < kStateSize; ++i) {
    Value word = (*tuple)[i];
    if (!is_int(vm, word)) return index(vm, word);
    BigInt value = int_to_bigint(vm, word);
    // Read as C unsigned long: the low 32 bits of a non-negative value.
    if (value.is_negative() || mpz_sizeinbase(value.gmp(), 2) > 64) {
      return raise(vm, vm.exceptions().OverflowError,
                   "Python int too large to convert to C unsigned long");
    }
    words[i] = static_cast<uint32_t>(mpz_get_ui(value.gmp()));
  }
  int64_t position;
  if (!ssize_argument(vm, (*tuple)[kStateSize], position)) return Value::null();
  if (position < 0 || position > kStateSize) {
    return raise(vm, vm.exceptions().ValueError, "invalid state");
  }
  RandomObject* random = as_random(self);
  std::copy(std::begin(words), std::end(words), random->state);
  random->index = static_cast<int>(position);
  return vm.none();
}

constexpr NativeFunctionDef kRandomMethods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"getrandbits", random_getrandbits},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
};

// _sha512(data): the SHA-512 digest of bytes, for seeding with a str or
// bytes (Eddy has no hashlib).
Value random_sha512(VM& vm, Value, CallArgs args) {
  if (!vm::check_one_argument(vm, "_sha512", args)) return Value::null();
  if (!is_bytes_like(vm, args.values[0])) {
    return raise(vm, vm.exceptions().TypeError, "object supporting the buffer API required");
  }
  std::string_view data = bytes_like_view(vm, args.values[0]);
  sha512_ctx context;
  sha512_init(&context);
  sha512_update(&context, data.size(), reinterpret_cast<const uint8_t*>(data.data()));
  uint8_t digest[SHA512_DIGEST_SIZE];
  sha512_digest(&context, SHA512_DIGEST_SIZE, digest);
  return Value::from_object(
      make_bytes(vm, std::string_view(reinterpret_cast<const char*>(digest), sizeof digest)));
}

constexpr NativeFunctionDef kCoreFunctions[] = {{"_sha512", random_sha512}};

Module* make_random_core_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "_random", kCoreFunctions));
  if (module.value().is_null()) return nullptr;
  Type* type = vm.make_builtin_type("Random", vm.types().object, sizeof(RandomObject));
  type->flags |= kTypeAcceptsSubclasses;
  type->slots.new_instance = random_new;
  type->slots.init = random_init;
  add_methods(vm, type, kRandomMethods);
  if (!set_module_value(vm, module.get(), "Random", Value::from_object(type))) return nullptr;
  return module.get();
}

}  // namespace

void register_random_module() {
  register_native_module("_random", make_random_core_module);
}

}  // namespace eddy::stdlib
