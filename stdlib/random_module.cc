// The random module, as CPython builds it: a native core (_random.Random:
// the Mersenne Twister MT19937, seeded exactly as CPython seeds it, with
// random(), getrandbits(), getstate() and setstate()) under a Python part
// (random.Random and the module functions: randrange, choice, shuffle,
// sample, choices, the distributions), so that a seed gives the same
// numbers as CPython 3.11.
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

// random.Random and the module's functions, on the native core. The
// algorithms are CPython 3.11's (Lib/random.py), step for step, since
// every draw must consume the generator exactly as CPython's does.
constexpr std::string_view kPythonPart = R"py(
import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


def _bisect_right(values, x, lo, hi):
    while lo < hi:
        middle = (lo + hi) // 2
        if x < values[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


def _running_totals(values):
    totals = []
    total = None
    for value in values:
        total = value if total is None else total + value
        totals.append(total)
    return totals


def _is_sequence(population):
    if isinstance(population, (set, frozenset, dict)):
        return False
    return hasattr(type(population), "__getitem__") and hasattr(type(population), "__len__")


class Random(_random.Random):
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            a = int.from_bytes(a + _random._sha512(a), "big")
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            # Version 2 states (Python 2.4 to 3.1) stored signed words.
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            super().setstate(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    # A subclass that supplies its own random() but not getrandbits()
    # draws integers from random() instead.
    def __init_subclass__(cls, /, **kwargs):
        for c in cls.__mro__:
            if "_randbelow" in c.__dict__:
                break
            if "getrandbits" in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=1):
        istart = _index_argument(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index_argument(stop, "non-integer stop for randrange()")
        width = istop - istart
        istep = _index_argument(step, "non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _running_totals(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                    for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError("The number of choices must be a keyword argument: k=%r"
                                % weights) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# randrange's arguments: ints, or (deprecated since 3.10) integral floats.
def _index_argument(value, message):
    try:
        return value.__index__()
    except AttributeError:
        pass
    integer = int(value)
    if integer != value:
        raise ValueError(message)
    return integer


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
)py";

Module* make_random_module(VM& vm) {
  Root<Module> module(vm.heap(), make_native_module(vm, "random", {}));
  if (module.value().is_null() || !run_python_part(vm, module.get(), "<random>", kPythonPart)) {
    return nullptr;
  }
  return module.get();
}

}  // namespace

void register_random_module() {
  register_native_module("_random", make_random_core_module);
  register_native_module("random", make_random_module);
}

}  // namespace eddy::stdlib
