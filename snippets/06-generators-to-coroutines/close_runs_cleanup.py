"""close() raises GeneratorExit at the paused yield, so try/finally cleanup runs."""


def read_lines(name: str):
    print(f"  open {name}")
    try:
        for number in range(1, 1000):
            yield f"{name}, line {number}"
    finally:
        # Runs when the generator is closed early, runs out, or fails:
        # one place for cleanup, whatever happens.
        print(f"  close {name}")


lines = read_lines("notes.txt")
print(next(lines))
print(next(lines))
lines.close()  # we only wanted two lines
print("closed; closing again does nothing:", lines.close())


def tally():
    count = 0
    try:
        while True:
            yield
            count += 1
    except GeneratorExit:
        # GeneratorExit can be caught like any exception. The generator must
        # then finish (return or raise), never yield again.
        print(f"  tally got GeneratorExit after counting {count}")
        return count


counter = tally()
next(counter)
next(counter)
next(counter)
print("close() returned", repr(counter.close()))
