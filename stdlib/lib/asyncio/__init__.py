"""asyncio for Eddy: the event loop, Futures and Tasks, and what is built
on them (sleep, gather, wait_for, timeout, TaskGroup, queues, locks), with
CPython 3.11's API, semantics and messages. No sockets or other I/O yet.

Laid out as CPython's Lib/asyncio: base_events.py is the loop, events.py
its handles and the current loop, futures.py and tasks.py the heart. A
native core can replace those later behind the same names.
"""

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.taskgroups import *
from asyncio.tasks import *
from asyncio.timeouts import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + tasks.__all__ + timeouts.__all__)
