import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int, *, start: int = 2) -> int:
    return sum(1 for n in range(start, limit) if all(n % d for d in range(2, int(n**0.5) + 1)))


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        try:
            # run_in_executor takes no keyword arguments, so a lambda looks
            # like a handy wrapper. A thread pool would accept it; a process
            # pool must pickle the function to send it, and a lambda made
            # inside main cannot be pickled.
            count = await loop.run_in_executor(pool, lambda: count_primes(10_000, start=1_000))
            print(f"primes from 1,000 to 10,000: {count}")
        except Exception as error:
            # Only the last line of the error: its full traceback is long.
            print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    asyncio.run(main())
