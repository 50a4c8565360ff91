"""send() passes a value INTO a paused generator: yield works in both directions."""
from collections.abc import Generator


def running_average() -> Generator[float | None, float, None]:
    total = 0.0
    count = 0
    average = None
    while True:
        # This one line does two jobs: it hands `average` OUT to the caller,
        # then pauses until the caller sends the next number IN.
        number = yield average
        print(f"  inside: received {number}")
        total += number
        count += 1
        average = total / count


averager = running_average()

# The body has not started yet. next() runs it up to the first yield,
# which hands out the starting average (None). This is called priming.
print("next() ->", next(averager))

for number in [10, 20, 60]:
    # send() resumes the generator: `number` becomes the value of the paused
    # yield expression, and send() returns whatever the generator yields next.
    print(f"send({number}) ->", averager.send(number))
