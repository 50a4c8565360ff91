"""get_running_loop() called before any loop runs."""
import asyncio


class Reminder:
    def __init__(self) -> None:
        # Was asyncio.get_event_loop(), which quietly made a loop on old Pythons.
        # get_running_loop() is the right call, but only while a loop runs.
        self.loop = asyncio.get_running_loop()

    def remind_soon(self, text: str) -> None:
        self.loop.call_soon(print, f"reminder: {text}")


reminder = Reminder()  # module level: no event loop is running yet


async def main() -> None:
    reminder.remind_soon("stretch")
    await asyncio.sleep(0)


asyncio.run(main())
