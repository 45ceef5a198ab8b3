# Reads the `eddy --timeline` document named by sys.argv[1] with Eddy's own
# json module, checks that it is what Chrome's trace-event format and
# Perfetto expect, and prints its task steps without their times (which
# vary from run to run), in the order they ran. The loop's callbacks are
# checked, not printed: which ones run is asyncio's own business.
import json
import sys

with open(sys.argv[1]) as file:
    document = json.load(file)
assert set(document) == {"traceEvents", "displayTimeUnit"}, document.keys()
assert document["displayTimeUnit"] == "ms"

tracks = {}
steps = []
callbacks = []
for event in document["traceEvents"]:
    assert event["pid"] == 1, event
    assert isinstance(event["tid"], int), event
    if event["ph"] == "M":
        assert event["name"] in ("process_name", "thread_name"), event
        if event["name"] == "thread_name":
            assert event["tid"] not in tracks, event
            tracks[event["tid"]] = event["args"]["name"]
        else:
            print("process:", event["args"]["name"])
        continue
    assert event["tid"] in tracks, "a track is named before its first event"
    assert event["ts"] >= 0, event
    if event["ph"] == "i":
        # A callback of the event loop, on the loop's own track.
        assert event["cat"] == "callback" and event["s"] == "t", event
        assert tracks[event["tid"]] == "event loop", event
        assert event["name"], event
        callbacks.append(event)
    else:
        assert event["ph"] == "X" and event["cat"] == "task", event
        assert event["name"] == tracks[event["tid"]], event
        assert event["dur"] >= 0, event
        steps.append(event)

# One thread runs every step: they follow each other without overlapping
# (but for the rounding of times to nanoseconds), and a callback of the
# loop begins each.
previous_end = 0
for step in steps:
    assert previous_end <= step["ts"] + 0.002, step
    assert any(previous_end - 0.002 <= callback["ts"] <= step["ts"] + 0.002
               for callback in callbacks), step
    previous_end = step["ts"] + step["dur"]

counts = {}
for step in steps:
    counts[step["tid"]] = counts.get(step["tid"], 0) + 1
    assert step["args"]["step"] == counts[step["tid"]], step
    print(f"track {step['tid']}: {step['name']} step {step['args']['step']} "
          f"of {step['args']['coro']}")
