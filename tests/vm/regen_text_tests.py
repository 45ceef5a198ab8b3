#!/usr/bin/env python3.11
"""Regenerates tests/vm/{str_methods,format,bytes}_cases_test.cc from the
expressions in tests/vm/text_cases/<file>__<Test>.txt: each line is a
Python expression; python3.11 evaluates it for the expected text (its repr,
or "ExceptionType: message"), and the same operation is spelled in C++
through the TextTest fixture (text_fixture.h).

    python3.11 tests/vm/regen_text_tests.py
"""
import ast
import warnings
import collections
import pathlib

HERE = pathlib.Path(__file__).parent
warnings.simplefilter("ignore", SyntaxWarning)
TYPES = {"str": "vm_.types().str", "bytes": "vm_.types().bytes",
         "bytearray": "vm_.types().bytearray"}


def c_string(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return '"' + "".join(out) + '"'


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def value(node) -> str:
    """C++ for an expression that makes a Value."""
    if isinstance(node, ast.Constant):
        v = node.value
        if v is None:
            return "none()"
        if isinstance(v, bool):
            return f"boolean({'true' if v else 'false'})"
        if isinstance(v, int):
            return f"n({v})" if abs(v) < 2**47 else f'big("{v}")'
        if isinstance(v, float):
            return f"f({v!r})"
        if isinstance(v, str):
            return f"s({c_string(utf8(v))})"
        if isinstance(v, bytes):
            return f"b(std::string_view({c_string(v)}, {len(v)}))"
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return value(ast.Constant(-node.operand.value))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        return value(ast.Constant(eval(compile(ast.Expression(node), "", "eval"))))
    if isinstance(node, ast.Tuple):
        return "tuple({" + ", ".join(value(e) for e in node.elts) + "})"
    if isinstance(node, ast.List):
        return "list({" + ", ".join(value(e) for e in node.elts) + "})"
    if isinstance(node, ast.Dict):
        pairs = ", ".join(f"{{{value(k)}, {value(v)}}}" for k, v in zip(node.keys, node.values))
        return "dict({" + pairs + "})"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        name = node.func.id
        if name == "ord":
            return f"n({ord(node.args[0].value)})"
        if name == "bytearray":
            data = node.args[0].value if node.args else b""
            return f"ba(std::string_view({c_string(data)}, {len(data)}))"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return f"call_method({call_parts(node)})"
    if isinstance(node, ast.Name) and node.id in TYPES:
        return f"type_value({TYPES[node.id]})"
    raise ValueError(f"cannot spell {ast.dump(node)}")


def arguments(node) -> str:
    positional = "{" + ", ".join(value(a) for a in node.args) + "}"
    if not node.keywords:
        return positional
    keywords = ", ".join(f'{{"{k.arg}", {value(k.value)}}}' for k in node.keywords)
    return positional + ", {" + keywords + "}"


def call_parts(node) -> str:
    return f'{value(node.func.value)}, "{node.func.attr}", {arguments(node)}'


COMPARE = {ast.Lt: "Less", ast.Gt: "Greater", ast.Eq: "Equal", ast.LtE: "LessEqual",
           ast.GtE: "GreaterEqual", ast.NotEq: "NotEqual"}
BINARY = {ast.Add: "Add", ast.Mult: "Multiply", ast.Mod: "Remainder"}


def shown(node) -> str:
    """C++ for a std::string: what Python shows for the expression."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return f"m({call_parts(node)})"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        name = node.func.id
        if name in TYPES:
            return f"construct({TYPES[name]}, {arguments(node)})"
        if name == "len":
            return f"len({value(node.args[0])})"
        if name == "list":
            return f"iterate({value(node.args[0])})"
    if isinstance(node, ast.Attribute) and node.attr == "__name__":
        return f"iterator_type({value(node.value.args[0].args[0])})"
    if isinstance(node, ast.Subscript):
        key = node.slice
        if isinstance(key, ast.Slice):
            parts = [value(p) if p is not None else "none()" for p in (key.lower, key.upper, key.step)]
            key_text = f"slice({', '.join(parts)})"
        else:
            key_text = value(key)
        return f"item({value(node.value)}, {key_text})"
    if isinstance(node, ast.Compare):
        op = type(node.ops[0])
        left, right = value(node.left), value(node.comparators[0])
        if op is ast.In:
            return f"in({left}, {right})"
        return f"compare_values({left}, {right}, CompareOp::{COMPARE[op]})"
    if isinstance(node, ast.BinOp) and type(node.op) in BINARY:
        return f"op(BinaryOp::{BINARY[type(node.op)]}, {value(node.left)}, {value(node.right)})"
    return f"show({value(node)})"


def expected(source: str) -> str:
    try:
        return repr(eval(source))
    except Exception as error:  # the message is the expectation
        return f"{type(error).__name__}: {error}"


def main():
    files = collections.defaultdict(list)
    for case_file in sorted((HERE / "text_cases").glob("*__*.txt")):
        file_name, test_name = case_file.stem.split("__")
        lines = [l for l in case_file.read_text().splitlines() if l.strip()]
        files[file_name].append((test_name, lines))
    for file_name, tests in files.items():
        out = [f"// Generated by tests/vm/regen_text_tests.py from tests/vm/text_cases/{file_name}__*.txt;",
               "// every expected value is what python3.11 printed. Do not edit.",
               '#include "tests/vm/text_fixture.h"', "", "namespace eddy::vm {", "namespace {", ""]
        for test_name, lines in tests:
            out.append(f"TEST_F(TextTest, {test_name}) {{")
            for line in lines:
                tree = ast.parse(line, mode="eval").body
                out.append(f"  // {line}")
                out.append(f"  EXPECT_EQ({shown(tree)},\n            {c_string(utf8(expected(line)))});")
            out.append("}")
            out.append("")
        out += ["}  // namespace", "}  // namespace eddy::vm", ""]
        (HERE / f"{file_name}_cases_test.cc").write_text("\n".join(out))


if __name__ == "__main__":
    main()
