import asyncio


async def call_flaky_service() -> str:
    await asyncio.sleep(1)  # today it answers far too slowly
    return "answer"


async def main() -> None:
    loop = asyncio.get_running_loop()
    # One deadline for the whole job, as a time on the loop's clock...
    deadline = loop.time() + 1.0
    attempt = 0
    try:
        async with asyncio.timeout_at(deadline):
            while True:
                attempt += 1
                try:
                    # ...and a shorter limit for each attempt, nested inside.
                    async with asyncio.timeout(0.4):
                        print(f"attempt {attempt}: {await call_flaky_service()}")
                        break
                except TimeoutError:
                    print(f"attempt {attempt}: no answer within 0.4 s, retrying")
    except TimeoutError:
        print(f"gave up: the 1 s deadline passed during attempt {attempt}")


asyncio.run(main())
