import asyncio
import time


async def slow_hello(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    # A tiny server, standard library only: read one line naming a page,
    # wait one second like a slow website, answer with one line.
    page = (await reader.readline()).decode().strip()
    await asyncio.sleep(1)
    writer.write(f"hello from {page}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def fetch(port: int, page: str) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{page}\n".encode())
    await writer.drain()
    answer = (await reader.readline()).decode().strip()  # the loop runs others meanwhile
    writer.close()
    await writer.wait_closed()
    return answer


def whole_seconds_since(started: float) -> int:
    # Rounded down, after adding 0.1 s in case a clock ticks a little early: a busy
    # machine only makes answers late, and it would take 0.9 s to change a digit.
    return int(time.perf_counter() - started + 0.1)


async def main() -> None:
    # Port 0: the operating system picks a free port; we read it back from the socket.
    server = await asyncio.start_server(slow_hello, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    pages = ["/one", "/two", "/three"]

    started = time.perf_counter()
    for page in pages:
        print(await fetch(port, page))
    print(f"one after another: {whole_seconds_since(started)} s")

    started = time.perf_counter()
    for answer in await asyncio.gather(*(fetch(port, page) for page in pages)):
        print(answer)
    print(f"all at once with gather: {whole_seconds_since(started)} s")

    server.close()
    await server.wait_closed()


asyncio.run(main())
