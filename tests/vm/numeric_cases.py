"""Prints the tables of expected values in tests/vm/bigint_test.cc,
float_format_test.cc and format_spec_test.cc, as CPython computes them.

    python3.11 tests/vm/numeric_cases.py TABLE

prints the rows of TABLE (one of the names in TABLES below; each test says
which table it holds), ready to paste between the braces. Run it with
python3.11: the expected values are whatever that interpreter prints.
"""
import math
import random
import struct
import sys

inf, nan = float('inf'), float('nan')


# ---------------------------------------------------------------------------
# Writing C++

def cpp_str(text):
    """A C++ literal of the UTF-8 of `text`, with octal escapes (which,
    unlike \\x, cannot swallow the digits after them)."""
    data = text.encode('utf-8', 'surrogatepass')
    out = '"'
    for byte in data:
        char = chr(byte)
        if char in '"\\':
            out += '\\' + char
        elif 32 <= byte < 127 and char != '?':  # no trigraph-like "??"
            out += char
        else:
            out += '\\%03o' % byte
    out += '"'
    return out + 'sv' if b'\0' in data else out  # a const char* stops at a NUL


def cpp_double(x):
    """An exact C++ expression for the double x."""
    if math.isnan(x):
        return '-kNaN' if math.copysign(1, x) < 0 else 'kNaN'
    if math.isinf(x):
        return 'kInf' if x > 0 else '-kInf'
    return x.hex()


def outcome(compute):
    """repr() of what compute() returns, or "ExceptionName: message"."""
    try:
        return repr(compute())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def text_outcome(compute):
    """Like outcome(), for a computation that returns a str: the str itself."""
    try:
        return compute()
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def row(*fields):
    return '      {' + ', '.join(fields) + '},'


# ---------------------------------------------------------------------------
# bigint_test.cc. Operands are written in the expression language that the
# test's big() reads: terms like 7, 2**64 or -3**100, joined by + and -.

A = ['0', '1', '-1', '7', '-7', '12345678901234567890', '-12345678901234567890', '2**64',
     '-3**100', '2**200-1']
B = ['1', '-1', '2', '-3', '7', '2**64-1', '-2**64', '-3**50', '2**130', '0']


def binary_rows(op, pairs, compute):
    return [row(cpp_str(op), cpp_str(a), cpp_str(b),
                cpp_str(outcome(lambda: compute(eval(a), eval(b))))) for a, b in pairs]


def bigint_division():
    pairs = [(a, b) for a in A for b in B]
    small = [(a, b) for a in A[:6] for b in B]
    edges = [('1', '3'), ('10**400', '10**399'), ('-10**400', '10**398'), ('2**1100', '2**76'),
             ('2**1024-2**970', '1'), ('2**1024-2**970-1', '1'), ('1', '2**1074'),
             ('1', '2**1075'), ('3', '2**1076'), ('5', '2**1076'), ('7', '2**1076'),
             ('-1', '2**1076'), ('0', '-10**30'), ('2**53+1', '1'), ('2**54+3', '2'),
             ('-10**30', '3'), ('3**700', '2**1000'), ('2**2000+1', '2**1000'), ('1', '10**400'),
             ('12345678901234567891', '10**20'), ('2**1075-1', '2**2149'),
             ('2**1075+1', '2**2149'), ('10**17', '10**17-1'), ('2**1023', '3')]
    return (binary_rows('//', pairs, lambda a, b: a // b) +
            binary_rows('%', pairs, lambda a, b: a % b) +
            binary_rows('divmod', small, divmod) +
            binary_rows('/', small, lambda a, b: a / b) +
            binary_rows('/', edges, lambda a, b: a / b))


def bigint_arithmetic():
    sums = [(a, b) for a in A for b in ['5', '-2**70+1']]
    bits = [(a, b) for a in A for b in ['-3', '2**70', '-2**70+1']]
    return (binary_rows('+', sums, lambda a, b: a + b) +
            binary_rows('-', sums, lambda a, b: a - b) +
            binary_rows('*', sums, lambda a, b: a * b) +
            binary_rows('<=>', sums + [('2**64', '2**64'), ('-3**100', '-3**100')],
                        lambda a, b: (a > b) - (a < b)) +
            binary_rows('&', bits, lambda a, b: a & b) +
            binary_rows('|', bits, lambda a, b: a | b) +
            binary_rows('^', bits, lambda a, b: a ^ b))


def bigint_power():
    pairs = [(a, b) for a in ['0', '1', '-1', '2', '-2', '-10']
             for b in ['0', '1', '2', '3', '64', '100']]
    pairs += [('12345678901234567890', b) for b in ['0', '1', '2', '3']]
    pairs += [('0', '2**64'), ('1', '2**70'), ('-1', '2**64'), ('-1', '2**64+1')]
    return binary_rows('**', pairs, lambda a, b: a ** b)


def bigint_shift():
    rows = []
    for a in ['0', '5', '-5', '2**64+3', '-2**64-3', '-10**30']:
        for b in ['0', '1', '3', '64', '65', '200', '-1', '2**64']:
            if not (a != '0' and b == '2**64'):  # CPython would run out of memory
                rows += binary_rows('<<', [(a, b)], lambda a, b: a << b)
            rows += binary_rows('>>', [(a, b)], lambda a, b: a >> b)
    return rows


def bigint_power_mod():
    cases = [('2', '10', '1000'), ('3', '-1', '7'), ('3', '-1', '-7'), ('-3', '-2', '7'),
             ('2', '-1', '4'), ('2', '3', '-7'), ('-3', '5', '-7'), ('0', '0', '5'),
             ('0', '-1', '1'), ('5', '0', '1'), ('5', '0', '-1'), ('2', '-1', '0'),
             ('2', '10**20', '7'), ('3', '-5', '2**70+1'),
             ('12345678901234567890', '98765', '10**25+13'), ('-2**100', '3', '97'),
             ('7', '2**100', '-10**18-9'), ('4', '-3', '2**61-1'), ('6', '-1', '9')]
    return [row(cpp_str(a), cpp_str(b), cpp_str(m),
                cpp_str(outcome(lambda: pow(eval(a), eval(b), eval(m))))) for a, b, m in cases]


def bigint_unary():
    values = ['0', '1', '-1', '255', '-255', '2**53+1', '2**63-1', '-2**63', '2**64', '2**61-1',
              '-2**61+1', '2**61', '-2**61', '2**62', '-2**100', '3**100', '2**1024-2**970-1',
              '2**1024-2**970', '-2**1024', '2**63+2**10+1', '-2**54-2', '10**308',
              '123456789012345678901234567890']
    ops = {'-': lambda a: -a, 'abs': abs, '~': lambda a: ~a,
           'bit_length': lambda a: a.bit_length(), 'hash': hash, 'float': float,
           'hex': hex, 'oct': oct, 'bin': bin}
    rows = []
    for text in values:
        value = eval(text)
        for name, compute in ops.items():
            if name in ('-', 'abs', '~') and value.bit_length() > 100:
                continue
            if name in ('hex', 'oct', 'bin') and value.bit_length() > 70:
                continue
            result = outcome(lambda: compute(value))
            if name in ('hex', 'oct', 'bin'):
                result = result.strip("'")
            rows.append(row(cpp_str(name), cpp_str(text), cpp_str(result)))
    return rows


def bigint_parse():
    cases = [('0', 10), ('-0', 10), ('  42  ', 10), ('\t\n+7\r\x0b\x0c', 10), ('x', 10),
             ('', 10), (' ', 10), ('+', 10), ('- 5', 10), ('+-5', 10), ('1 2', 10), ('1e5', 10),
             ('12\x00', 10), ('1_000_000', 10), ('1__2', 10), ('_12', 10), ('12_', 10),
             ('0x1f', 16), ('0X1F', 16), ('1f', 16), ('0x1f', 10), ('0x1f', 8), ('0o17', 8),
             ('0b11', 2), ('0b11', 16), ('0x_1f', 16), ('0x_', 16), ('0x', 16), (' 0x1f ', 0),
             ('-0x1f', 0), ('0o17', 0), ('0B1', 0), ('0b', 0), ('0b2', 0), ('0o8', 0),
             ('010', 0), ('000', 0), ('0_0', 0), ('00_0', 0), ('0_0_1', 0), ('0_', 0),
             ('_0', 0), ('0__0', 0), ('123', 0), ('1_2', 0), ('z', 36), ('Z', 36), ('zz', 35),
             ('10', 2), ('12', 2), ('777', 8), ('12', 1), ('12', 37), ('12', -1),
             ('9' * 30, 10), ('-' + '7' * 40, 10), ('f' * 40, 16), ('\u0661\u0662', 10),
             ('\U0001d7cf\U0001d7d0', 10), ('\u0be7', 10), ('\u0663', 36), ('\u0660x1f', 0),
             ('\u3000 12 \u3000', 10), ('\u00a0', 10), ('1\u00a02', 10), ('\x1c12', 10),
             ('\u2028 5 \u0085', 10), ('\u00e9', 10), ('12\u00e9', 16), ('\u00e9\u00e8', 10)]
    return [row(cpp_str(text), str(base), cpp_str(outcome(lambda: int(text, base))))
            for text, base in cases]


def bigint_from_double():
    values = [0.0, -0.0, 0.5, -0.99, 3.7, -3.7, 1e16 + 2, 2.0**63, -2.0**63, 2.0**64, 1e100,
              -1.5e60, 5e-324, 123456789.999, inf, -inf, nan]
    return [row(cpp_double(x), cpp_str(outcome(lambda: int(x)))) for x in values]


def bigint_compare():
    cases = [('0', 0.0), ('0', -0.0), ('1', 0.5), ('2**53+1', 2.0**53), ('2**53', 2.0**53),
             ('-2**53-1', -2.0**53), ('10**400', inf), ('-10**400', -inf),
             ('10**400', 1.7976931348623157e308), ('5', nan), ('-1', -1.0000000000000002),
             ('2**1024', inf), ('3', 3.0000000000000004), ('-2**64', -1.8446744073709552e19),
             ('2**1024-2**970', 1.7976931348623157e308)]
    rows = []
    for text, x in cases:
        value = eval(text)
        order = 'unordered' if x != x else '<' if value < x else '>' if value > x else '=='
        rows.append(row(cpp_str(text), cpp_double(x), cpp_str(order)))
    return rows


# ---------------------------------------------------------------------------
# float_format_test.cc. Doubles are written as exact hexadecimal literals.

def interesting_doubles():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.5, 100.0, 1e15, 1e16, 1e17,
          9999999999999998.0, 1e16 - 2, 2.0**53, 2.0**53 + 2, 123456789012345680.0, 1e22, 1e23,
          9.999999999999999e22, 0.0001, 0.00001, 0.000123, 1e-5, 1.5e-7, 1e-300, 1e300, 1e308,
          1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 5e-324,
          1e-323, 4.9406564584124654e-322, -2.5e-310, 3.141592653589793, 2.718281828459045,
          0.30000000000000004, 1.0000000000000002, 0.9999999999999999, 123.456, -987654.321,
          4.35, 2.675, 0.125, 0.375, 1e-7, 12345678.9, inf, -inf, nan]
    rng = random.Random(20231)
    for _ in range(40):  # random bit patterns: all magnitudes, mostly 17 digits
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if math.isfinite(x):
            xs.append(x)
    for _ in range(15):
        xs.append(rng.uniform(-1000, 1000))
    return xs


def float_repr():
    return [row(cpp_double(x), cpp_str(repr(x))) for x in interesting_doubles()]


def float_repr_short():
    values = [0.0, -0.0, 1.0, 2.5, -2.0, 1e16, 1e15, 1e-5, 0.0001, inf, -inf, nan, 1e300]
    return [row(cpp_double(x), cpp_str(repr(complex(0.0, x))[:-1])) for x in values]


def float_format_double():
    values = [0.0, -0.0, 1.0, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1234.5678, 1e-5, 0.0001,
              123456789.0, 1e16, 1e22, 1e-10, -1e-10, 5e-324, 1.7976931348623157e308, 9.5, 0.05,
              inf, -inf, nan]
    cases = []
    for x in values:
        for code in 'efg':
            for precision in [0, 3, 17]:
                if not (code == 'f' and abs(x) > 1e20 and precision > 3):
                    cases.append((x, code, precision, False))
            cases.append((x, code, 0, True))
    for x in [1e-10, 1e22, 1.5, inf, -inf, nan]:
        for code in 'EFG':
            cases.append((x, code, 3, False))
    rows = []
    for x, code, precision, alternate in cases:
        fmt = '%' + ('#' if alternate else '') + '.' + str(precision) + code
        rows.append(row(cpp_double(x), "'%s'" % code, str(precision),
                        'true' if alternate else 'false', cpp_str(fmt % x)))
    return rows


def float_parse():
    cases = ['0', '-0', '+0.0', '1', '1.', '.5', '-.5', '5.', '.', '', ' ', '1e5', '1E5', '1e+5',
             '1e-5', '1e', '1e+', 'e5', '1.5e3', ' 1_0.5 ', '1__0', '1_', '_1', '1_e5', '1e_5',
             '1e5_0', '1._5', '1_.5', '0_1', '  3.25\n', '\t-2\x0b', 'inf', '-inf', '+inf',
             'Infinity', '-iNfInItY', 'infinit', 'in', 'nan', '-nan', '+NaN', 'nan(1)', 'nanx',
             'inf_', '0x10', '1e500', '-1e500', '1e-500', '-1e-500', '2e-324', '3e-324',
             '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623157e308',
             '1.7976931348623158e308', '1.7976931348623159e308', '0e999999999999',
             '1e99999999999999999999', '0.000000000000000000000000000000000000001e-290',
             '123456789012345678901234567890e-20', '9007199254740993', '0.1', '0.3',
             '1.00000000000000011102230246251565404236316680908203125',
             '1.000000000000000111022302462515654042363166809082031250000001',
             '\u0661.\u0662', '\u0663\u0664e\u0661', '\u3000 2.5 \u3000', '\x1c1', '1\x00',
             '1.5\u00e9', '\u00e9', '++1', '--1', '+-1', '1 2', '1,5', "1'000"]
    return [row(cpp_str(text), cpp_str(outcome(lambda: float(text)))) for text in cases]


def float_hex():
    values = [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308,
              2.225073858507201e-308, 1.7976931348623157e308, 3.0, inf, -inf, nan]
    return [row(cpp_double(x), cpp_str(x.hex())) for x in values]


def float_fromhex():
    cases = ['0x1.8p1', ' -0X1.8P+1 ', '1.8', '0x1p-1075', '0x3p-1076', '0x1p-1074', '0x1p1024',
             'inf', '-Infinity', 'nan', '0x.8', '0x1.', '0x', 'x1', '0x1p', '0x1_0',
             '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x0.0000000000001p-1022',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0',
             '0X1P+0', '1', '-.1p4', '0x1p99999999999999999', '0x1p-99999999999999999',
             '0x0p99999999999999999', '', ' ', '0x1p+', '0x1.8p1x', '0xg', '.', '0x.',
             '0x1.999999999999ap-4', '0x123456789abcdef0p-60', '\u00a00x1', '0x1 p1']
    return [row(cpp_str(text), cpp_str(outcome(lambda: float.fromhex(text)))) for text in cases]


def float_arithmetic():
    cases = []
    for a in [7.5, -7.5, 0.1, -0.0, 0.0, 1e308, inf, -inf, nan]:
        for b in [2.0, -2.0, 0.01, inf, -inf, 1e-308, 0.0, nan]:
            cases += [('//', a, b, lambda a=a, b=b: a // b), ('%', a, b, lambda a=a, b=b: a % b),
                      ('divmod', a, b, lambda a=a, b=b: divmod(a, b))]
    for a, b in [(1.0, 3.0), (-1.0, 0.0), (0.0, -0.0), (inf, inf), (1e308, 1e-308), (-7.5, 2.0)]:
        cases.append(('/', a, b, lambda a=a, b=b: a / b))
    return [row(cpp_str(op), cpp_double(a), cpp_double(b), cpp_str(outcome(compute)))
            for op, a, b, compute in cases]


def float_power():
    rows = []
    for a in [2.0, -2.0, 0.0, -0.0, 1.0, -1.0, 0.5, 10.0, -8.0, inf, -inf, nan, 5e-324]:
        for b in [0.0, 1.0, 3.0, -1.0, -2.0, 0.5, 1 / 3, 400.0, -400.0, inf, -inf, nan, 1e300]:
            result = outcome(lambda: a ** b)
            if result.startswith('('):
                result = 'complex'
            rows.append(row(cpp_double(a), cpp_double(b), cpp_str(result)))
    return rows


def float_round():
    cases = [(2.675, 2), (0.125, 2), (0.375, 2), (0.1, 1), (0.15, 1), (0.25, 1), (0.35, 1),
             (2.5, 0), (-0.5, 0), (0.5, 0), (25.0, -1), (35.0, -1), (-25.0, -1), (12345.0, -2),
             (12355.0, -1), (123.456, -2), (123.456, -3), (1.23456789e-300, 305), (5e-324, 323),
             (5e-324, 324), (1e-320, 322), (0.0049, 2), (-0.0049, 2), (1e300, -300),
             (1.7e308, -308), (1.5e308, -308), (1.7976931348623157e308, -308), (1e308, -308),
             (1e22, 5), (-0.0, 2), (inf, 2), (-inf, -2), (nan, 1), (1.5, 2**62), (1.5, -2**62),
             (-1.5, -2**62), (123.456, -1000), (3.14159, 4), (-3.14159, 3), (1e15 + 0.3, 0),
             (4503599627370497.0, -1), (0.285, 2), (1.0000000000000002, 15),
             (1.0000000000000002, 16), (999999999999999.9, 0), (0.5e-323, 400)]
    return [row(cpp_double(x), 'int64_t{%d}' % n if abs(n) > 2**31 else str(n),
                cpp_str(outcome(lambda: round(x, n)))) for x, n in cases]


def float_round_int():
    values = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.5000001, 0.49999999999999994, 1e15 + 0.5,
              4503599627370497.0, 2.0**52 + 0.5, 1e300, -1e20, -0.0, inf, -inf, nan]
    return [row(cpp_double(x), cpp_str(outcome(lambda: round(x)))) for x in values]


def float_hash():
    values = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1e300, 5e-324, -5e-324, inf, -inf, 2.0**61,
              2.0**61 - 2**9, 1e-300, 1.7976931348623157e308, 2.0**1023, -2.5e-8, 123456.789,
              2.0**-1074 * 3, 1e16, -1e22, 0.5]
    return [row(cpp_double(x), cpp_str(outcome(lambda: hash(x)))) for x in values]


# ---------------------------------------------------------------------------
# format_spec_test.cc

INT_SPECS = ['', 'd', '5', '<8', '>8', '^8', '=8', '08', '+', '-', ' ', '+08', ' 8', '*^9', '0<8',
             '0^9', 'x<10,', ',', '_', '010,', '09,', '08,', '07,', '0=10,', '+012,d', ' =10,',
             'b', '#b', '_b', '#_b', 'o', '#o', 'x', '#x', 'X', '#X', '_x', '#012_x', '=+#10x',
             '#010x', 'n', '08n', 'c', '5c', '<5c', '05c', 'e', '.2e', 'f', '.1f', ',.2f', 'g',
             '%', '.1%', 'G', 'E', 'z.2f', '\u00e9^9', '\U0001F600>7', '\u0661\u0660',
             # errors
             'y', '.2', 'z', 'zd', '+c', '#c', ',c', '_c', ',x', '_n', ',n', ',_', '_,', ',,',
             '__', 'abc', ',ab', '.ab', '.', 'z.2x', '.2y', '99999999999999999999', '\x01',
             '\u00e9', '\u20ac', 's']
FLOAT_SPECS = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', '#.0e', 'E', 'g', '.3g', '#g', 'G',
               '.0', '.3', '.4', '.17', '#', '#.0', '%', '.1%', 'n', ',', ',.2f', '_.3f',
               '012,.2f', '015,.2f', '+', ' ', '+.1e', '10', '<10', '^12.3', '010', '0<10',
               '=+12.1f', 'z', 'z.2f', 'z.1e', '+z.1f', 'z%', 'F', '.2F', '.25f', '.1f',
               '\u00b7^10.2',
               # errors
               'd', 'x', 'c', 's', '_n', ',y', '.2y', 'abc', '.9999999999f', '=5s']
FEW_FLOAT_SPECS = ['', '.2f', '.0f', '#.0f', '.3e', 'g', '.3g', '#g', '.0', '.3', '%', ',',
                   '012,.2f', '+', 'z.1f', 'E']
STR_SPECS = ['', 's', '5', '<5', '>5', '^6', '*^7', '.2', 'x^7.2', '\u00e9^7', '10.3', '0', '05',
             '<05', '\U0001F600>4',
             # errors
             '=5', '+', '-', ' ', 'z', '#', ',', '_', '_y', ',s', 'd', '=', 'abc', '+z#=5', 'z#=5',
             '=5.2,']


def format_rows(values, specs_for, show):
    return [row(show(value), cpp_str(spec), cpp_str(text_outcome(lambda: format(value, spec))))
            for value in values for spec in specs_for(value)]


def format_int():
    few = ['', ',', '_', '#_x', '#o', 'b', '#012_X', 'e', '.3g', 'c', '+20,']
    return (format_rows([0, 1234, -1234], lambda v: INT_SPECS, lambda v: cpp_str(str(v))) +
            format_rows([255, 123456789, -123456789, 2**70, -(2**70), 65, 0x1F600, 0x110000, -1],
                        lambda v: few, lambda v: cpp_str(str(v))))


def format_float():
    values = [0.0, -0.0, 1234.5678, -1234.5678, 1e16, 1e-5, 0.000123, 1e22, 1.5, 2.5,
              123456789.0, inf, -inf, nan]
    return format_rows(values,
                       lambda v: FLOAT_SPECS if v == 0 or v == 1234.5678 else FEW_FLOAT_SPECS,
                       cpp_double)


def format_str():
    return format_rows(['abc', 'h\u00e9llo', '', '\U0001F600x'],
                       lambda v: STR_SPECS if v == 'abc' else STR_SPECS[:15], cpp_str)


def format_percent():
    cases = [('%d', 5), ('%5d', -42), ('%-8d', 5), ('%+d', 5), ('% d', 5), ('% +d', 5),
             ('%05d', -5), ('%.5d', -5), ('%-05d', 5), ('%0-5d', 5), ('%.0d', 0), ('%i', 7),
             ('%u', -7), ('%x', 255), ('%X', 255), ('%#x', 255), ('%#X', 255), ('%#o', 8),
             ('%o', 8), ('%x', -255), ('%#x', -255), ('%#5x', 255), ('%#-8x', 255),
             ('%+#010x', 255), ('% #o', 8), ('%#.3x', 5), ('%#08x', 5), ('%.3x', -5),
             ('%#.3o', 5), ('%#x', 0), ('%#o', 0), ('%#.0o', 0), ('%d', 10**30),
             ('%.40d', 10**30), ('%.3d', -10**20), ('%x', 2**100), ('%ld', 5), ('%hd', 5),
             ('%5.2f', 3.14159), ('%f', 1.5), ('%e', 1.5), ('%#.0e', 1.5), ('%g', 1e-5),
             ('%#g', 1.0), ('%G', 1e-20), ('%.0f', 0.5), ('%.0f', 1.5), ('%f', nan),
             ('%F', inf), ('%010f', inf), ('%+010.2f', -3.5), ('% 010.2f', 3.5),
             ('%+.3e', 12345.678), ('%#.3g', 1.0), ('%010.3f', -1.5), ('%-010.3f', -1.5),
             ('%+f', nan), ('%.2f', 2.675), ('%g', 100000.0), ('%g', 1000000.0), ('%.0g', 5.0),
             ('%#.0g', 5.0), ('%.20g', 0.1), ('%.f', 1.5), ('%Lf', 5.0), ('%E', -0.0),
             ('%.3G', 1234567.0), ('%12.4e', -1e-300), ('%c', 65), ('%5c', 65), ('%-5c', 65),
             ('%05c', 65), ('%.2c', 65), ('%c', 0x1F600), ('%c', 0x110000), ('%c', -1),
             ('%c', 2**70), ('%s', 'abc'), ('%10.3s', 'hello'), ('%-10s', 'hi'),
             ('%.3s', 'h\u00e9llo'), ('%-6.2s', 'h\u00e9llo'), ('%05s', 'a'), ('%+s', 'a'),
             ('%.0s', 'abc'), ('%r', 'x')]
    rows = []
    for fmt, value in cases:
        expected = text_outcome(lambda: fmt % value)
        if isinstance(value, float):
            kind, shown = 'Float', cpp_double(value)
        elif isinstance(value, int):
            kind, shown = 'Int', cpp_str(str(value))
        else:
            # The VM formats %r with the repr it made: the test passes that.
            kind, shown = 'Text', cpp_str(repr(value) if fmt.endswith('r') else value)
        rows.append(row(cpp_str(fmt), 'Kind::' + kind, shown, cpp_str(expected)))
    return rows


TABLES = {name: function for name, function in globals().items()
          if name.startswith(('bigint_', 'float_', 'format_')) and callable(function)
          and name not in ('format_rows',)}

if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] not in TABLES:
        sys.exit('usage: numeric_cases.py TABLE, where TABLE is one of: ' + ', '.join(TABLES))
    print('\n'.join(TABLES[sys.argv[1]]()))
