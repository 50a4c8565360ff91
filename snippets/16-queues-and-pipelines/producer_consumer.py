import asyncio


async def producer(queue: asyncio.Queue) -> None:
    for order in ["tea", "coffee", "cocoa"]:
        await asyncio.sleep(0.2)  # orders trickle in, one every 0.2 s
        print(f"producer: put {order!r}")
        await queue.put(order)
    print("producer: no more orders")


async def consumer(queue: asyncio.Queue) -> None:
    # This consumer happens to know it wants three orders. Real consumers
    # rarely know: "Stopping the workers" below shows how they find out.
    for _ in range(3):
        print("consumer: waiting for an order")
        order = await queue.get()  # suspends here while the queue is empty
        print(f"consumer: got {order!r}, {queue.qsize()} left in the queue")


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    # The two coroutines never call each other: the queue is all they share.
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
