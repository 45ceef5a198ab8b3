from os import *
from os.path import *
from . import *
from ..pkg import *
