handlers = {"start": print, "stop": None}
handlers["start"]("starting")
handlers["stop"]("stopping")
