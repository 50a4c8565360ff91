"""Drive one coroutine by hand, the way the toy loop will, to see what `await sleep()` hands over."""

# toy_loop.py sits in this folder; importing it does not run its demo.
from toy_loop import sleep


async def nap() -> str:
    print("  nap: lying down")
    await sleep(1.5)
    print("  nap: up again")
    return "rested"


coro = nap()
request = coro.send(None)  # runs nap() up to the yield inside sleep.__await__
print(f"send(None) returned {request!r}, a {type(request).__name__} object")
print(f"a loop would now put the coroutine aside for {request.seconds} s")
print("(we are not a loop, so we resume it at once)")
try:
    coro.send(None)
except StopIteration as finished:
    print(f"send(None) raised StopIteration, value {finished.value!r}")
