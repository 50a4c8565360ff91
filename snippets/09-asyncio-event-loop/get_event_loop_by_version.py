"""asyncio.get_event_loop() is not "the" loop: what it returns, and when it complains."""
import asyncio
import threading
import warnings


def try_get_event_loop(where: str) -> asyncio.AbstractEventLoop | None:
    # Record every warning, even one Python has shown before, and print it
    # ourselves: category and message, without file names or line numbers.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loop = asyncio.get_event_loop()
        except RuntimeError as error:
            print(f"{where}: RuntimeError: {error}")
            return None
    for warning in caught:
        print(f"{where}: {warning.category.__name__}: {warning.message}")
    print(f"{where}: got a loop (running: {loop.is_running()})")
    return loop


# 1. No loop is running and none was ever set: this call has to make one.
first = try_get_event_loop("1 at the top")

# 2. The same call again hands back the same object: this is where the
#    "singleton" idea comes from.
again = try_get_event_loop("2 again")
print(f"2 again: the same loop as call 1: {again is first}")


# 3. Inside a coroutine run by asyncio.run, it returns the RUNNING loop,
#    which asyncio.run created. That is not the loop from call 1.
async def main() -> None:
    inside = try_get_event_loop("3 inside asyncio.run")
    print(f"3 inside asyncio.run: the running loop: {inside is asyncio.get_running_loop()}")
    print(f"3 inside asyncio.run: the same loop as call 1: {inside is first}")


asyncio.run(main())

# 4. asyncio.run clears the current loop when it finishes, so now there is none.
try_get_event_loop("4 after asyncio.run")

# 5. Each thread has its own "current loop", and only the main thread ever got
#    one made for it automatically.
worker = threading.Thread(target=try_get_event_loop, args=("5 in a new thread",), name="worker")
worker.start()
worker.join()

if first is not None:
    first.close()  # we made it (by accident), so we close it
