try:
    import json
except ImportError:
    json = None
if json is None:
    from . import fallback as json
else:
    from json import dumps, loads
