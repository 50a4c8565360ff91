# Two workers send five emails from a queue. When the work runs out, each
# should report what it sent and disconnect from the mail server.
import asyncio


async def worker(name: str, queue: asyncio.Queue) -> None:
    print(f"{name}: connected")
    sent = 0
    while True:
        to = await queue.get()
        await asyncio.sleep(0.1)  # stands in for sending the email
        sent += 1
        print(f"{name}: sent to {to}")
    print(f"{name}: sent {sent}, disconnecting")


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"worker-{n}", queue)) for n in (1, 2)]
    for to in ["ada", "bob", "cy", "dee", "eve"]:
        await queue.put(to)
    # A real program might wait here for ever; this one gives up after 1 s.
    stopped, running = await asyncio.wait(workers, timeout=1)
    print(f"main: {len(stopped)} workers stopped, {len(running)} still running")


asyncio.run(main())
