"""Ask for the loop from code that runs on it."""
import asyncio


class Reminder:
    def __init__(self) -> None:
        # Created inside main() below, so a loop is running by now.
        self.loop = asyncio.get_running_loop()

    def remind_soon(self, text: str) -> None:
        self.loop.call_soon(print, f"reminder: {text}")


async def main() -> None:
    reminder = Reminder()  # made by a coroutine, on the running loop
    reminder.remind_soon("stretch")
    await asyncio.sleep(0)  # give the loop a turn to run the callback


asyncio.run(main())
