from . import a
from .. import b
from ... import c
from .... import d
from ..... import e
from .mod import f
from ..mod import g
from ...pkg.mod import h
from . mod import i
from . . import j
from .. . mod import k
from .a import (b, c as d,)
