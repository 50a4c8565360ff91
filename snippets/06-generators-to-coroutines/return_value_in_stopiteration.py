"""`return x` in a generator ends it with StopIteration, and x rides along as .value."""


def add_up():
    total = 0
    while True:
        number = yield
        if number is None:  # our signal for "that was the last one"
            return total
        total += number


adder = add_up()
next(adder)  # prime it: run to the first yield
for number in [3, 4, 5]:
    adder.send(number)

try:
    adder.send(None)
except StopIteration as stop:
    # The return value is not lost: it is an attribute of the exception.
    print("StopIteration.value =", stop.value)


def letters():
    yield "a"
    yield "b"
    return "the end"


# A for loop (and list()) catches the StopIteration quietly and drops its value.
print("list(letters()) =", list(letters()))
