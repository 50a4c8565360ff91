"""Prime the generator first: run it to its first yield, then send."""


def running_total():
    total = 0
    while True:
        number = yield total
        total += number


totals = running_total()
# next(totals) is the same as totals.send(None): start the body and stop
# at the first yield. Now a yield is waiting for a value.
print("primed, total is", next(totals))
print("send(5)  ->", totals.send(5))
print("send(10) ->", totals.send(10))
