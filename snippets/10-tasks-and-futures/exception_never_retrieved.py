import asyncio
import gc


async def check_stock(item: str) -> int:
    await asyncio.sleep(0)
    raise LookupError(f"no such item: {item!r}")


async def main() -> None:
    task = asyncio.create_task(check_stock("unicorn"), name="stock-check")
    await asyncio.sleep(0)
    await asyncio.sleep(0)  # by now the task has raised
    print("main: task done:", task.done())

    print("main: dropping the task without looking at it")
    del task
    gc.collect()  # CPython usually frees it at once; this makes sure
    print("main: carrying on as if nothing happened")


asyncio.run(main())
print("program finished normally")
