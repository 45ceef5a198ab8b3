a = 1; b = 2; c = 3
x = 1;
import os; import sys
pass; pass
def f(): x = 1; return x
if a: b; c;
