import sys
def main():
    try:
        print("in main")
        sys.exit(0)
    finally:
        print("finally runs before exit")
main()
print("never")
