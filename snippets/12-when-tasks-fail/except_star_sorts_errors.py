# Three tasks of a TaskGroup fail in the same turn of the loop, so the
# ExceptionGroup holds all three errors (Python 3.11+).
import asyncio

SETTINGS = {"port": "eighty", "timeout": "five", "workers": "4"}
KEYS = ("port", "timeout", "workers", "retries")


async def read_int(key: str) -> int:
    await asyncio.sleep(0)  # pretend to ask a configuration service
    return int(SETTINGS[key])  # KeyError if missing, ValueError if not a number


async def read_all() -> dict[str, int]:
    async with asyncio.TaskGroup() as group:
        tasks = {key: group.create_task(read_int(key)) for key in KEYS}
    return {key: task.result() for key, task in tasks.items()}


async def main() -> None:
    # A plain except clause sees the whole group at once.
    try:
        await read_all()
    except ExceptionGroup as group_error:
        print("message:", group_error)
        print("inside:", group_error.exceptions)

    # except* picks out the errors of one type; each matching clause runs once.
    try:
        await read_all()
    except* ValueError as bad:
        print("bad values:", bad.exceptions)
    except* KeyError as missing:
        print("missing keys:", missing.exceptions)

    # What no except* clause matches is raised again, as a smaller group.
    try:
        try:
            await read_all()
        except* ValueError as bad:
            print("bad values:", bad.exceptions)
    except ExceptionGroup as rest:
        print("left over:", rest.exceptions)


asyncio.run(main())
