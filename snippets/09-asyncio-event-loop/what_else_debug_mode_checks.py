"""Two more things debug mode does: it catches loop calls from the wrong thread,
and it tells you where a forgotten coroutine was made."""
import asyncio
import warnings


# region threads
def poke(loop: asyncio.AbstractEventLoop) -> str:
    """Runs in a worker thread, where it should have used call_soon_threadsafe."""
    try:
        loop.call_soon(lambda: None)
    except RuntimeError as error:
        return f"RuntimeError: {error}"
    return "accepted without a word"


async def call_from_a_thread() -> None:
    loop = asyncio.get_running_loop()
    # Starting a thread can take a while on a busy machine; keep debug mode's
    # slow-step warning (0.1 s by default) out of this demonstration.
    loop.slow_callback_duration = 5
    outcome = await asyncio.to_thread(poke, loop)
    print(f"debug={loop.get_debug()}: loop.call_soon from a worker thread: {outcome}")


asyncio.run(call_from_a_thread())
asyncio.run(call_from_a_thread(), debug=True)
# endregion threads


# region origin
async def save(note: str) -> None:
    print(f"saved {note}")


def remember(note: str, pending: list) -> None:
    pending.append(save(note))  # BUG: no await, the coroutine is only stored


async def forget_a_coroutine() -> None:
    asyncio.get_running_loop().slow_callback_duration = 5  # as above
    pending: list = []
    remember("draft", pending)
    pending.clear()  # the coroutine is destroyed here, never run, and Python warns


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.run(forget_a_coroutine(), debug=True)

# Print the warning as Python would, but keep only the first and the last two
# places of its "Coroutine created at" list: the ones between are inside
# asyncio.run and the loop, and their line numbers change with every release.
for warning in caught:
    first_line, created_at, *places = str(warning.message).splitlines()
    print(f"{warning.filename}:{warning.lineno}: {warning.category.__name__}: {first_line}")
    print(created_at)
    print("\n".join(places[:2]))
    print("  ...")
    print("\n".join(places[-4:]))
# endregion origin
