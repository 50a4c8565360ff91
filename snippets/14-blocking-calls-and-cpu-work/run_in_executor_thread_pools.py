import asyncio
import contextvars
import functools
import time
from concurrent.futures import ThreadPoolExecutor


def slow_lookup(name: str, *, table: str = "users") -> str:
    time.sleep(0.3)  # blocking, like a call into a database driver
    return f"{name} found in {table}"


# region default_pool
async def default_pool() -> None:
    loop = asyncio.get_running_loop()
    # None means the loop's default executor: the same thread pool that
    # asyncio.to_thread uses.
    print(await loop.run_in_executor(None, slow_lookup, "ada"))
    # run_in_executor passes positional arguments only. For keywords, wrap the
    # call in functools.partial (to_thread accepts keywords directly).
    print(await loop.run_in_executor(None, functools.partial(slow_lookup, "bob", table="admins")))
# endregion default_pool


# region own_pool
async def own_pool() -> None:
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    # A pool of our own with two threads: at most two lookups run at a time,
    # the others wait in the pool's queue.
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, slow_lookup, n) for n in ["cy", "di", "ed", "flo"]]
        results = await asyncio.gather(*jobs)
    # Leaving the with block waits for the pool's threads to finish (it blocks
    # the loop while it does): fine here, gather already waited for the work.
    elapsed = time.perf_counter() - started
    # All four at once would take 0.3 s; two at a time, two rounds: 0.6 s.
    print(f"{len(results)} lookups of 0.3 s, two threads, two rounds: {elapsed > 0.45}")
# endregion own_pool


# region context
request_id = contextvars.ContextVar("request_id", default="(not set)")


async def context_in_threads() -> None:
    loop = asyncio.get_running_loop()
    request_id.set("req-42")  # say, set by a web framework for each request
    # to_thread copies the caller's context into the worker thread;
    # run_in_executor does not, so the worker sees the default.
    print(f"to_thread sees request_id {await asyncio.to_thread(request_id.get)}")
    print(f"run_in_executor sees request_id {await loop.run_in_executor(None, request_id.get)}")
# endregion context


async def main() -> None:
    await default_pool()
    await own_pool()
    await context_in_threads()


asyncio.run(main())
