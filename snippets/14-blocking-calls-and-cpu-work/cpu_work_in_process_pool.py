import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor


# region worker
def count_primes(limit: int) -> int:
    # Pure-Python CPU work: no I/O, nothing to wait for, just bytecode.
    return sum(1 for n in range(2, limit) if all(n % d for d in range(2, int(n**0.5) + 1)))


def count_in_worker(limit: int) -> tuple[int, int, float]:
    # Runs in a worker process. It must be a module-level function: the pool
    # sends it to the worker by name, pickled, along with its argument.
    cpu_start = time.process_time()
    count = count_primes(limit)
    return os.getpid(), count, time.process_time() - cpu_start
# endregion worker


# region main
async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Start the worker processes before measuring: starting a process
        # costs some CPU time in this one.
        await loop.run_in_executor(pool, os.getpid)
        cpu_start = time.process_time()
        jobs = [loop.run_in_executor(pool, count_in_worker, 50_000) for _ in range(2)]
        results = await asyncio.gather(*jobs)
        cpu_here = time.process_time() - cpu_start

    for pid, count, _ in results:
        print(f"counted {count} primes in another process: {pid != os.getpid()}")
    cpu_there = sum(cpu for _, _, cpu in results)
    # This process only pickled two small messages and waited: its CPU time
    # is a sliver of what the workers spent counting.
    print(f"CPU time spent in this process: {'a sliver' if cpu_here < cpu_there / 4 else 'a lot'}")


# Each worker process imports this file. Without this guard, a worker
# started with "spawn" (macOS, Windows) would run asyncio.run(main()) too.
if __name__ == "__main__":
    asyncio.run(main())
# endregion main
