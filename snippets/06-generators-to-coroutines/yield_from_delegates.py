"""`result = yield from sub()` hands the caller straight to sub() and collects its return value."""


def add_up(label: str):
    total = 0
    while True:
        number = yield
        if number is None:
            return total
        print(f"    {label} got {number}")
        total += number


def two_rounds():
    # While add_up runs, every send() to two_rounds goes straight through to it.
    # When add_up returns, its return value becomes the value of `yield from`.
    first = yield from add_up("round 1")
    print(f"  round 1 total: {first}")
    second = yield from add_up("round 2")
    print(f"  round 2 total: {second}")
    return first + second


game = two_rounds()
next(game)  # prime: runs two_rounds, and add_up inside it, to the first yield
for value in [1, 2, None, 10, 20]:
    game.send(value)

try:
    game.send(None)  # ends round 2, and with it two_rounds
except StopIteration as stop:
    print("two_rounds returned", stop.value)
