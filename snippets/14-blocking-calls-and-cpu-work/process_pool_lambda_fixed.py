import asyncio
import functools
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int, *, start: int = 2) -> int:
    return sum(1 for n in range(start, limit) if all(n % d for d in range(2, int(n**0.5) + 1)))


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        # functools.partial of a module-level function pickles fine: the
        # worker gets the function's name plus the arguments to call it with.
        job = functools.partial(count_primes, 10_000, start=1_000)
        count = await loop.run_in_executor(pool, job)
        print(f"primes from 1,000 to 10,000: {count}")


if __name__ == "__main__":
    asyncio.run(main())
