import asyncio
import inspect


async def two_steps() -> str:
    # While the body runs, the code that called send() is stuck inside that call,
    # so the coroutine has to ask about itself (through the global name `coro`).
    print("  inside the body:", inspect.getcoroutinestate(coro))
    await asyncio.sleep(0)  # one pause
    print("  inside again:   ", inspect.getcoroutinestate(coro))
    return "done"


coro = two_steps()
print("after the call:   ", inspect.getcoroutinestate(coro))

coro.send(None)  # runs the body up to its pause
print("after send #1:    ", inspect.getcoroutinestate(coro))

try:
    coro.send(None)  # resumes it; the body returns this time
except StopIteration as finished:
    print("StopIteration with", repr(finished.value))
print("after send #2:    ", inspect.getcoroutinestate(coro))

# A finished coroutine cannot be run again: each object runs at most once.
try:
    coro.send(None)
except RuntimeError as error:
    print("send #3 fails:    ", error)

# Two more ways to reach the end: close() a coroutine that never started,
# or close() one that is paused (Python raises GeneratorExit at its await).
unstarted = two_steps()
unstarted.close()
print("closed unstarted: ", inspect.getcoroutinestate(unstarted))

coro = two_steps()
coro.send(None)
coro.close()
print("closed paused:    ", inspect.getcoroutinestate(coro))
