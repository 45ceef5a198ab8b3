from os import path
from os import path as p
from os import path, sep
from os import path as p, sep as s
from os.path import join
from a.b.c import d
from os import (path)
from os import (path, sep)
from os import (path, sep,)
from os import (
    path as p,
    sep,
)
