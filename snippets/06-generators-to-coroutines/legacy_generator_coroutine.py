"""asyncio's first coroutines were generators. Is the old decorator still here?"""
import asyncio

if hasattr(asyncio, "coroutine"):
    # Python 3.4-3.10: a generator marked with @asyncio.coroutine was a
    # coroutine, and `yield from` played the part that `await` plays today.
    @asyncio.coroutine
    def old_style_greeting():
        yield from asyncio.sleep(0)
        return "hello from a generator-based coroutine"

    print(asyncio.run(old_style_greeting()))
else:
    print("asyncio.coroutine is gone: write async def instead")


async def new_style_greeting() -> str:
    await asyncio.sleep(0)
    return "hello from an async def coroutine"


print(asyncio.run(new_style_greeting()))
