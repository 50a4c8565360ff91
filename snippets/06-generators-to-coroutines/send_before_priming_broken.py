"""Sending a value to a generator that has not started yet."""


def running_total():
    total = 0
    while True:
        number = yield total
        total += number


totals = running_total()
# The body has not run, so no yield is waiting to receive 5.
first = totals.send(5)
print(first)
