import sys
def report(name, e):
    print(name, "|", type(e).__name__, "|", e.msg, "| line", e.lineno, "| cached:", name in sys.modules)
try:
    import _mod_bad_return
except SyntaxError as e:
    report('_mod_bad_return', e)
try:
    import _mod_bad_nonlocal
except SyntaxError as e:
    report('_mod_bad_nonlocal', e)
try:
    import _mod_bad_global_order
except SyntaxError as e:
    report('_mod_bad_global_order', e)
try:
    import _mod_bad_break
except SyntaxError as e:
    report('_mod_bad_break', e)
try:
    import _mod_bad_continue
except SyntaxError as e:
    report('_mod_bad_continue', e)
try:
    import _mod_bad_yield_outside
except SyntaxError as e:
    report('_mod_bad_yield_outside', e)
try:
    import _mod_bad_await_outside
except SyntaxError as e:
    report('_mod_bad_await_outside', e)
try:
    import _mod_bad_nonlocal_module
except SyntaxError as e:
    report('_mod_bad_nonlocal_module', e)
try:
    import _mod_bad_duplicate_arg
except SyntaxError as e:
    report('_mod_bad_duplicate_arg', e)
try:
    import _mod_bad_assign_literal
except SyntaxError as e:
    report('_mod_bad_assign_literal', e)
try:
    import _mod_bad_star_assign
except SyntaxError as e:
    report('_mod_bad_star_assign', e)
