# Two workers send five emails from a queue. When the work runs out, each
# reports what it sent and disconnects from the mail server.
import asyncio

DONE = None  # the sentinel: never a real address


async def worker(name: str, queue: asyncio.Queue) -> None:
    print(f"{name}: connected")
    sent = 0
    while True:
        to = await queue.get()
        if to is DONE:
            break  # no more work: leave the loop and say goodbye
        await asyncio.sleep(0.1)  # stands in for sending the email
        sent += 1
        print(f"{name}: sent to {to}")
    print(f"{name}: sent {sent}, disconnecting")


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"worker-{n}", queue)) for n in (1, 2)]
    for to in ["ada", "bob", "cy", "dee", "eve"]:
        await queue.put(to)
    # One sentinel per worker, behind every real email: each worker stops at
    # the first one it takes, so the other one is left for the other worker.
    for _ in workers:
        await queue.put(DONE)
    # A real program might wait here for ever; this one gives up after 1 s.
    stopped, running = await asyncio.wait(workers, timeout=1)
    print(f"main: {len(stopped)} workers stopped, {len(running)} still running")


asyncio.run(main())
