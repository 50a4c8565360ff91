import asyncio
import tracemalloc

# With tracemalloc on, Python records where each object was created, and the
# "never awaited" warning uses that record to show the call that made the coroutine.
# Keep the 2 innermost frames of each record; `python -X tracemalloc=2 app.py` does the same.
tracemalloc.start(2)


async def save(note: str) -> None:
    print(f"saved {note!r}")


def remember(note: str) -> list[object]:
    # The mistake hides in a helper: it builds the coroutine and never awaits it.
    return [save(note)]


async def main() -> None:
    pending = remember("buy milk")
    print("main: dropping the list")
    pending.clear()  # the coroutine dies here, far from where it was made


asyncio.run(main())
