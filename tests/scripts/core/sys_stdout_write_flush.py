import sys
out = sys.stdout
out.write("a")
out.write("b\n")
out.flush()
print("c", end="")
out.write("d\n")
n = out.write("")
print(n, out.write("é€\n"))
for i in range(3):
    sys.stdout.write(f"{i}")
sys.stdout.write("\n")
print("via print", file=out)
err = sys.stderr
err.write("error line\n")
err.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
