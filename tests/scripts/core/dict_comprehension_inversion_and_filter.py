scores = {"ann": 88, "bob": 72, "cy": 95, "dee": 72, "eve": 60}
passed = {k: v for k, v in scores.items() if v >= 70}
print(passed)
by_score = {}
for k, v in scores.items():
    by_score.setdefault(v, []).append(k)
print(dict(sorted(by_score.items(), reverse=True)))
grades = {k: ("A" if v >= 90 else "B" if v >= 80 else "C" if v >= 70 else "F") for k, v in scores.items()}
print(grades, sorted(set(grades.values())))
ranked = {name: rank for rank, name in enumerate(sorted(scores, key=scores.get, reverse=True), 1)}
print(ranked)
print({k: scores[k] for k in sorted(scores)[:2]}, {v: k for k, v in scores.items()})
print(sum(scores.values()) / len(scores), max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
