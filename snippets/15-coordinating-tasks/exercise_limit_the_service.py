# Thumbnails and previews of four photos, all made by one image service that
# allows 3 requests at a time. Nothing holds the jobs back yet.
import asyncio
import time


class ImageService:
    def __init__(self) -> None:
        self.working = 0  # requests in progress right now
        self.peak = 0  # the most it ever had at once

    async def request(self, job: str) -> str:
        self.working += 1
        self.peak = max(self.peak, self.working)
        try:
            await asyncio.sleep(0.1)  # the time one request takes
            return job
        finally:
            self.working -= 1


async def thumbnail(service: ImageService, photo: str) -> str:
    return await service.request(f"thumbnail of {photo}")


async def preview(service: ImageService, photo: str) -> str:
    return await service.request(f"preview of {photo}")


async def main() -> None:
    service = ImageService()
    photos = ["cat.jpg", "dog.jpg", "owl.jpg", "fox.jpg"]
    started = time.perf_counter()
    done = await asyncio.gather(
        *(thumbnail(service, photo) for photo in photos),
        *(preview(service, photo) for photo in photos),
    )
    elapsed = time.perf_counter() - started
    print(f"{len(done)} jobs done, at most {service.peak} at once")
    # 8 jobs of 0.1 s: 0.1 s all at once, 0.3 s three at a time.
    print("took about", "0.1 s" if elapsed < 0.2 else "0.3 s")


asyncio.run(main())
