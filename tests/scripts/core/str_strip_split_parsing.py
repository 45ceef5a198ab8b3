config = """
# comment line
name = Eddy
version=  0.1
  empty =
flags = a, b ,c
"""
settings = {}
for raw in config.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, _, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
print([f.strip() for f in settings["flags"].split(",")])
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, data = rows[0], rows[1:]
print(header, [dict(zip(header, r)) for r in data])
print([int(r[2]) if r[2] else None for r in data])
path = "/usr/local/lib/python3.11/site.py"
print(path.split("/"), path.rsplit("/", 1)[1], path.rpartition(".")[2], path.lstrip("/").split("/", 2))
print("  a  b  ".split(" "), "a\tb\nc".split(), "k1=v1&k2=v2".split("&"), dict(p.split("=") for p in "k1=v1&k2=v2".split("&")))
