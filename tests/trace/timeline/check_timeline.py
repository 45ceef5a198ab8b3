# Reads the `eddy --timeline` document named by sys.argv[1] with Eddy's own
# json module, checks that it is what Chrome's trace-event format and
# Perfetto expect, and prints its task steps without their times (which
# vary from run to run), in the order they ran.
import json
import sys

with open(sys.argv[1]) as file:
    document = json.load(file)
assert set(document) == {"traceEvents", "displayTimeUnit"}, document.keys()
assert document["displayTimeUnit"] == "ms"

tracks = {}
steps = []
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
    else:
        assert event["ph"] == "X" and event["cat"] == "task", event
        assert event["tid"] in tracks, "a track is named before its first step"
        assert event["name"] == tracks[event["tid"]], event
        assert event["ts"] >= 0 and event["dur"] >= 0, event
        steps.append(event)

# One thread runs every step: they follow each other without overlapping
# (but for the rounding of times to nanoseconds).
for before, after in zip(steps, steps[1:]):
    assert before["ts"] + before["dur"] <= after["ts"] + 0.002, (before, after)

counts = {}
for step in steps:
    counts[step["tid"]] = counts.get(step["tid"], 0) + 1
    assert step["args"]["step"] == counts[step["tid"]], step
    print(f"track {step['tid']}: {step['name']} step {step['args']['step']} "
          f"of {step['args']['coro']}")
