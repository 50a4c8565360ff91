import asyncio
import threading
import time


def slow_lookup(name: str) -> str:
    # asyncio.run runs the event loop in the main thread.
    on_loop = threading.current_thread() is threading.main_thread()
    print(f"slow_lookup({name!r}) runs in {'the event loop' if on_loop else 'a worker'} thread")
    time.sleep(0.5)  # blocks whichever thread runs it
    return f"{name}: found"


async def main() -> None:
    # The fix: pass the function and its arguments separately, with no
    # brackets after its name. to_thread makes the call, in a worker thread.
    result = await asyncio.to_thread(slow_lookup, "ada")
    print(result)


asyncio.run(main())
