x = ...
y = a.b.c
z = x[...]
from .. import a
from ... import b
from .... import c
