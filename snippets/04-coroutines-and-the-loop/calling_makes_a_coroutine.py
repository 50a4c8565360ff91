import asyncio
import inspect


async def greet(name: str) -> str:
    print(f"greet is running for {name}")
    return f"Hello, {name}!"


# Calling a coroutine function runs none of its body: it only builds a coroutine object.
coro = greet("Ada")
print(coro)
print("is it a coroutine object?", inspect.iscoroutine(coro))
print("is greet a coroutine function?", inspect.iscoroutinefunction(greet))

# We will never run this one, so we close it. That tells Python we dropped it on purpose
# and keeps away the "never awaited" warning you will meet further down the page.
coro.close()

# To run a coroutine, hand it to an event loop. asyncio.run() starts a loop, runs the
# coroutine until it returns, closes the loop and gives back what the coroutine returned.
result = asyncio.run(greet("Grace"))
print(result)
