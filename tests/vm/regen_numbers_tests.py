#!/usr/bin/env python3.11
"""Regenerates tests/vm/numbers_cases_test.cc from the expressions in
CASES below: python3.11 evaluates each one for the expected text (its
repr, or "ExceptionType: message"), and the same operations are spelled in
C++ through the NumbersTest fixture (numbers_fixture.h).

    python3.11 tests/vm/regen_numbers_tests.py
"""
import ast
import math
import pathlib
import shutil
import subprocess

HERE = pathlib.Path(__file__).parent

CASES = {
    "IntArithmetic": """
        1 + 2
        2**47 - 1 + 1
        -2**47 - 1
        (2**100 + 1) - 2**100
        123456789 * 987654321
        -3 * 2**60
        7 // 2
        -7 // 2
        7 // -2
        -7 % 2
        7 % -2
        -(2**100) // 7
        (2**100) % -7
        1 // 0
        1 % 0
        2**100 // 0
        7 / 2
        -1 / 3
        2**100 / 2**99
        10**400 / 3
        (10**400 + 1) / 10**399
        1 / 0
        2 ** 10
        2 ** 100
        (-3) ** 41
        7 ** 0
        0 ** 0
        2 ** -1
        (-2) ** -1
        0 ** -1
        10 ** -2
        (2**2000) ** -1
        1 << 10
        1 << 100
        -1 << 63
        -5 << 3
        (2**100) << 2
        0 << 10**20
        1 << -1
        1024 >> 3
        -5 >> 1
        -1 >> 10**20
        1 >> 200
        -(2**100) >> 3
        5 >> -1
        12 & 10
        -6 & 3
        12 | 3
        12 ^ 10
        -(2**70) & (2**70 - 1)
        (2**80) | 1
        (2**80) ^ (2**80 + 5)
        ~5
        ~-(2**100)
        -(-(2**47))
        -5
        +5
        abs(-7)
        abs(-(2**100))
        abs(-(2**47))
    """,
    "IntComparisons": """
        1 < 2
        2**100 > 2**99
        -(2**100) < 5
        3 == 3
        2**100 == 2**100
        3 != 3
        5 <= 5
        5 >= 6
        1 == 1.0
        2**53 + 1 == 2.0**53
        2**53 + 1 > 2.0**53
        10**20 == 1e20
        10**400 > float('inf')
        -(10**400) < float('-inf')
        1 < float('nan')
        1 != float('nan')
        1 == 'a'
        1 < 'a'
        0 == -0.0
        True == 1
        False < True
    """,
    "IntRepresentation": """
        repr(0)
        repr(-123)
        repr(2**47)
        repr(-(2**200))
        str(10**4299)
        str(10**4300)
        hash(0)
        hash(-1)
        hash(-2)
        hash(2**47)
        hash(2**61)
        hash(2**61 - 1)
        hash(-(2**100))
        hash(10**30)
        bool(0)
        bool(-3)
        bool(2**100)
    """,
    "IntConstructor": """
        int()
        int(5)
        int(-2**100)
        int(True)
        int(3.99)
        int(-3.99)
        int(-0.0)
        int(1e20)
        int(float('nan'))
        int(float('inf'))
        int('  12_3 ')
        int('-0b101', 0)
        int('0x1f', 0)
        int('0x1f', 16)
        int('z', 36)
        int('1__2')
        int('')
        int('12a')
        int('\\u0663\\u0664')
        int('1', 1)
        int('1', 37)
        int('1', 2**70)
        int('1', base=2)
        int('1', base=2.0)
        int(5, 10)
        int(1.5, 2)
        int([])
        int(1j)
        int(base=2)
        int(x=1)
        int(1, 2, 3)
        int('9' * 4301)
        int(b'42')
        int(b'ff', 16)
        int(b'1.5')
    """,
    "IntMethods": """
        (0).bit_length()
        (255).bit_length()
        (-256).bit_length()
        (2**100).bit_length()
        (5).bit_length(1)
        (-5).bit_count()
        (2**100 - 1).bit_count()
        (7).conjugate()
        True.conjugate()
        (7).as_integer_ratio()
        (5).real
        (5).imag
        (5).numerator
        (5).denominator
        True.real
        (2**100).real
        (7).__trunc__()
        (7).__floor__()
        (7).__ceil__()
        (7).__round__()
        (7).__round__(1, 2)
        round(12345, -2)
        round(15, -1)
        round(25, -1)
        round(-25, -1)
        round(-15, -1)
        round(5, 2)
        round(5, None)
        round(2**100 + 5 * 10**10, -11)
        round(5, 'a')
        format(5, '')
        format(255, 'x')
        format(2**70, ',')
        format(-42, '+08d')
        format(True, '')
        format(True, 'd')
        format(True, 's')
        (5).__format__()
        (5).__format__(1)
    """,
    "IntBytes": """
        (5).to_bytes()
        (5).to_bytes(2)
        (5).to_bytes(2, 'little')
        (1024).to_bytes(2, 'big')
        (-1).to_bytes(2, 'big', signed=True)
        (-128).to_bytes(1, 'big', signed=True)
        (-129).to_bytes(1, 'big', signed=True)
        (128).to_bytes(1, 'big', signed=True)
        (-1).to_bytes(2, 'big')
        (2**64).to_bytes(2, 'big')
        (0).to_bytes(0)
        (1).to_bytes(0)
        (5).to_bytes(-1)
        (5).to_bytes(1, 'middle')
        (5).to_bytes(1, 2)
        (5).to_bytes(1, 'big', True)
        (5).to_bytes(length=2, byteorder='little')
        (2**100).to_bytes(13, 'little')
        int.from_bytes(b'\\x01\\x00')
        int.from_bytes(b'\\x01\\x00', 'little')
        int.from_bytes(b'\\xff\\x00', 'little', signed=True)
        int.from_bytes(b'\\x80', signed=True)
        int.from_bytes(b'')
        int.from_bytes([1, 2], 'big')
        int.from_bytes([1, 256])
        int.from_bytes(5)
        int.from_bytes('ab')
    """,
    "IntDivmodAndPow": """
        divmod(7, 2)
        divmod(-7, 2)
        divmod(7, -2)
        divmod(-(2**100), 7)
        divmod(-(2**47), -1)
        divmod(1, 0)
        divmod(True, 2)
        pow(2, 10, 1000)
        pow(2, -1, 5)
        pow(2, 3, 0)
        pow(2, 100, -7)
        pow(6, -1, 4)
    """,
    "Bool": """
        repr(True)
        str(False)
        True + 1
        True + True
        -True
        ~True
        +True
        abs(True)
        True & False
        True | False
        True ^ True
        True & 3
        3 & True
        True | 2
        True * 2.5
        True / True
        True // True
        True ** 2
        True << 3
        hash(True)
        hash(False)
        bool()
        bool(0)
        bool(2**100)
        bool(0.0)
        bool(0j)
        bool('')
        bool('a')
        bool(1, 2)
        bool(x=1)
        int(True)
        float(True)
        True.real
        True.imag
    """,
    "FloatArithmetic": """
        1.5 + 2.25
        0.1 + 0.2
        1e308 * 10
        1.5 - 2
        2 * 1.5
        7.5 / 2
        1 / 3.0
        1.0 / 0
        1.0 / 0.0
        7.5 // 2
        -7.5 // 2
        7 // -2.0
        1.5 // 0.0
        -7.5 % 2
        7.5 % -2
        -7 % 2.0
        1.0 % 0
        2.0 ** 10
        2 ** 0.5
        2.0 ** -1
        (-8.0) ** 2
        (-8.0) ** (1 / 3)
        (-2.0) ** 0.5
        0.0 ** -1
        1e308 ** 2
        2.0 ** 10000
        float('nan') ** 0
        1.0 + 2**2000
        2**2000 + 1.0
        2**2000 * 0.5
        -1.5
        +1.5
        -0.0
        abs(-1.5)
        abs(-0.0)
        1.5 + 'a'
        1.5 & 1
    """,
    "FloatComparisons": """
        1.5 < 2
        1.5 > 2**100
        2.0 == 2
        2.0**53 == 2**53 + 1
        2.0**53 < 2**53 + 1
        float('nan') == float('nan')
        float('nan') != float('nan')
        float('nan') < 1
        float('inf') > 10**400
        -0.0 == 0.0
        1.5 == 'a'
        1.5 <= 1.5
    """,
    "FloatRepresentation": """
        repr(1.5)
        repr(0.1)
        repr(1e16)
        repr(1e-5)
        repr(-0.0)
        repr(2.0)
        repr(float('inf'))
        repr(float('nan'))
        str(1e22)
        hash(1.5)
        hash(0.5)
        hash(-1.0)
        hash(1e100)
        hash(2.0**61)
        hash(float('inf'))
        hash(float('-inf'))
        hash(3.0) == hash(3)
        bool(0.0)
        bool(-0.0)
        bool(float('nan'))
    """,
    "FloatConstructor": """
        float()
        float(3)
        float(2**100)
        float(2**1024)
        float(True)
        float(' -1_0.5 ')
        float('1e500')
        float('-inf')
        float('nan')
        float('infinity')
        float('1.5 ')
        float('x')
        float('')
        float('1__0')
        float('\\u0661.5')
        float([])
        float(1j)
        float(x=1)
        float(1, 2)
        float(b'2.5')
        float(bytearray(b' 1e3 '))
    """,
    "FloatMethods": """
        (1.0).is_integer()
        (1.5).is_integer()
        float('inf').is_integer()
        (1.5).is_integer(1)
        (1.5).as_integer_ratio()
        (0.1).as_integer_ratio()
        (-0.0).as_integer_ratio()
        (1e300).as_integer_ratio()
        (5e-324).as_integer_ratio()
        float('inf').as_integer_ratio()
        float('nan').as_integer_ratio()
        (1.5).hex()
        (-0.0).hex()
        (0.1).hex()
        float.fromhex('0x1.8p1')
        float.fromhex('-0x1p-1074')
        float.fromhex('zz')
        float.fromhex(5)
        (1.5).conjugate()
        (1.5).real
        (1.5).imag
        (1.5).__trunc__()
        (-1.5).__floor__()
        (-1.5).__ceil__()
        (1e20).__trunc__()
        float('inf').__floor__()
        float('nan').__ceil__()
        (2.5).__round__()
        (2.5).__round__(None)
        (2.5).__round__(0)
        (1.5).__round__(1, 2)
        round(2.5)
        round(3.5)
        round(-2.5)
        round(2.675, 2)
        round(1234.5, -2)
        round(1.5, 2**70)
        round(1.5, -2**70)
        round(1e300, -400)
        round(float('inf'))
        round(float('nan'))
        round(float('inf'), 2)
        round(1.5, 'a')
        format(1.5, '')
        format(1.5, '.2f')
        format(1234.5678, ',.1f')
        format(float('nan'), 's')
        format(1e16, '')
    """,
    "FloatDivmod": """
        divmod(7.5, 2)
        divmod(-7.5, 2)
        divmod(7, -2.0)
        divmod(1.0, 0)
        divmod(2**2000, 1.0)
    """,
    "Complex": """
        1j
        repr(1 + 2j)
        repr(complex(-0.0, -1))
        repr(complex(0, float('inf')))
        repr(1e16j)
        repr(complex(1, float('nan')))
        repr(complex(-0.0, 0))
        -(0j)
        -(1 + 2j)
        +(1j)
        1 + 1j
        1 - 1j
        2 * 1j
        1.5 + 2j
        (1 + 2j) * (3 + 4j)
        (1e308 + 1e308j) * 2
        (1 + 2j) / (3 - 4j)
        1 / 1j
        1j / 0
        (1 + 2j) ** 2
        (1 + 2j) ** 0.5
        2 ** 1j
        (-8) ** (1 / 3)
        (2 + 0j) ** -2
        (1 + 1j) ** 1000
        1j ** 2
        0j ** 0
        0j ** -1
        0j ** 1j
        (1e300j) ** 2
        1j // 1
        1j % 1
        1j < 1j
        1j == 1j
        (1 + 0j) == 1
        complex(2**53 + 1) == 2**53 + 1
        1j != 1
        (2 + 0j) == 2.0
        1j == 'a'
        abs(3 + 4j)
        abs(complex(float('inf'), float('nan')))
        abs(complex(1e308, 1e308))
        abs(complex(float('nan'), 1))
        hash(1 + 2j)
        hash(-1j)
        hash(1.5j)
        hash(complex(3, 0)) == hash(3)
        bool(0j)
        bool(1j)
        (1 + 2j).conjugate()
        (1 + 2j).real
        (1 + 2j).imag
        1j + 2**2000
    """,
    "ComplexConstructor": """
        complex()
        complex(1)
        complex(1.5)
        complex(True)
        complex(1, 2)
        complex(1j, 1j)
        complex(1j)
        complex(1, -0.0)
        complex(-0.0)
        complex(real=1, imag=2)
        complex(imag=2)
        complex('1+2j')
        complex(' (1-2.5e3j) ')
        complex('j')
        complex('-j')
        complex('+J')
        complex('1+j')
        complex('1e3')
        complex('infj')
        complex('nan-nanj')
        complex('-inf+infj')
        complex('1_0j')
        complex('1.e3j')
        complex('( 1+2j )')
        complex('1+')
        complex('1 + 2j')
        complex('1j+2')
        complex('()')
        complex('')
        complex('x')
        complex('1_j')
        complex('1+-2j')
        complex('1', 2)
        complex(1, '2')
        complex([])
        complex(1, [])
        complex(2**1024)
        complex(1, 2, 3)
    """,
}


def cpp_str(text):
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    out = '"'
    for byte in data:
        char = chr(byte)
        if char in '"\\':
            out += "\\" + char
        elif 32 <= byte < 127 and char != "?":
            out += char
        else:
            out += "\\%03o" % byte
    return out + '"' + ("sv" if b"\0" in data else "")


def cpp_double(x):
    if math.isnan(x):
        return "std::numeric_limits<double>::quiet_NaN()"
    if math.isinf(x):
        return "std::numeric_limits<double>::infinity()" if x > 0 else "-std::numeric_limits<double>::infinity()"
    return x.hex() if x != int(x) or abs(x) >= 1e15 else repr(x)


BINARY = {ast.Add: "Add", ast.Sub: "Subtract", ast.Mult: "Multiply", ast.Div: "TrueDivide",
          ast.FloorDiv: "FloorDivide", ast.Mod: "Remainder", ast.Pow: "Power",
          ast.LShift: "LShift", ast.RShift: "RShift", ast.BitAnd: "And", ast.BitOr: "Or",
          ast.BitXor: "Xor"}
UNARY = {ast.USub: "neg", ast.UAdd: "pos", ast.Invert: "inv"}
COMPARE = {ast.Lt: "Less", ast.LtE: "LessEqual", ast.Eq: "Equal", ast.NotEq: "NotEqual",
           ast.Gt: "Greater", ast.GtE: "GreaterEqual"}
TYPES = {"int": "vm_.types().int_", "float": "vm_.types().float_",
         "bytearray": "vm_.types().bytearray",
         "complex": "vm_.types().complex", "bool": "vm_.types().bool_"}
BUILTINS = {"hash": "hash_of", "abs": "abs_of", "repr": "repr_of", "str": "str_of",
            "divmod": "divmod_of", "round": "round_of", "pow": "pow_of"}


def to_cpp(node):
    """The fixture calls that compute `node`."""
    if isinstance(node, ast.Constant):
        value = node.value
        if value is True:
            return "True_()"
        if value is False:
            return "False_()"
        if value is None:
            return "None_()"
        if isinstance(value, int):
            return f'I("{value}")'
        if isinstance(value, float):
            return f"F({cpp_double(value)})"
        if isinstance(value, complex):
            return f"C({cpp_double(value.real)}, {cpp_double(value.imag)})"
        if isinstance(value, str):
            return f"S({cpp_str(value)})"
        if isinstance(value, bytes):
            return f"B({cpp_str(value)})"
    if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and isinstance(
            node.left.value, str):  # a long text, folded here: str * int is str's business
        return f"S({cpp_str(eval(compile(ast.Expression(node), '', 'eval')))})"
    if isinstance(node, ast.BinOp):
        return f"bin(BinaryOp::{BINARY[type(node.op)]}, {to_cpp(node.left)}, {to_cpp(node.right)})"
    if isinstance(node, ast.UnaryOp):
        return f"{UNARY[type(node.op)]}({to_cpp(node.operand)})"
    if isinstance(node, ast.Compare):
        (op,), (right,) = node.ops, node.comparators
        return f"cmp(CompareOp::{COMPARE[type(op)]}, {to_cpp(node.left)}, {to_cpp(right)})"
    if isinstance(node, ast.List):
        return "list_of({" + ", ".join(map(to_cpp, node.elts)) + "})"
    if isinstance(node, ast.Attribute):
        return f'attr({to_cpp(node.value)}, "{node.attr}")'
    if isinstance(node, ast.Name):
        return f"type({TYPES[node.id]})"
    if isinstance(node, ast.Call):
        args = [to_cpp(a) for a in node.args] + [to_cpp(k.value) for k in node.keywords]
        names = ", ".join(f'"{k.arg}"' for k in node.keywords)
        arguments = "{" + ", ".join(args) + "}" + (f", {{{names}}}" if names else "")
        if isinstance(node.func, ast.Attribute):
            receiver = to_cpp(node.func.value)
            return f'method({receiver}, "{node.func.attr}", {arguments})'
        name = node.func.id
        if name in TYPES:
            return f"make({TYPES[name]}, {arguments})"
        if name == "bool" and not node.keywords and len(args) == 1:
            return f"bool_of({args[0]})"
        if name == "format":
            return f'method({args[0]}, "__format__", {{{", ".join(args[1:])}}})'
        return f"{BUILTINS[name]}({', '.join(args)})"
    raise ValueError(f"cannot spell {ast.dump(node)} in C++")


def outcome(source):
    try:
        return repr(eval(source))
    except Exception as error:
        message = str(error)
        return f"{type(error).__name__}: {message}" if message else type(error).__name__


def main():
    lines = [
        "// Generated by tests/vm/regen_numbers_tests.py from CPython 3.11's results:",
        "// edit the cases there and rerun it, not this file.",
        '#include <limits>',
        "",
        '#include "tests/vm/numbers_fixture.h"',
        "",
        "namespace eddy::vm {",
        "namespace {",
        "",
        "using namespace std::string_view_literals;",
        "using NumbersCasesTest = NumbersTest;",
    ]
    for test, block in CASES.items():
        lines += ["", f"TEST_P(NumbersCasesTest, {test}) {{"]
        for source in filter(None, (line.strip() for line in block.splitlines())):
            expression = ast.parse(source, mode="eval").body
            lines.append(f"  expect({cpp_str(source)},")
            lines.append(f"         {to_cpp(expression)},")
            lines.append(f"         {cpp_str(outcome(source))});")
        lines.append("}")
    lines += [
        "",
        "INSTANTIATE_TEST_SUITE_P(WithAndWithoutHeapStress, NumbersCasesTest, ::testing::Bool());",
        "",
        "}  // namespace",
        "}  // namespace eddy::vm",
        "",
    ]
    output = HERE / "numbers_cases_test.cc"
    output.write_text("\n".join(lines))
    if shutil.which("clang-format"):
        subprocess.run(["clang-format", "-i", str(output)], check=True)


if __name__ == "__main__":
    main()
