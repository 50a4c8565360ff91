import asyncio


async def worker() -> None:
    await asyncio.sleep(0)


async def main() -> None:
    # asyncio.run wraps main() in a task too, so it has a name.
    print("main runs as:", asyncio.current_task().get_name())

    first = asyncio.create_task(worker())
    named = asyncio.create_task(worker(), name="fetch-users")
    third = asyncio.create_task(worker())
    print("three new tasks:", first.get_name(), named.get_name(), third.get_name())

    third.set_name("send-emails")  # a name can change at any time
    print("after set_name:", third.get_name())
    await asyncio.gather(first, named, third)


print("first asyncio.run")
asyncio.run(main())
# The counter behind "Task-N" belongs to the whole process, not to one loop.
print("second asyncio.run")
asyncio.run(main())
