"""The same breakfast on the toy loop, with the loop reporting every step of every turn."""

# toy_loop.py sits in this folder; its demo only runs when it is the main program.
from toy_loop import MENU, ToyLoop, cook


class TurnByTurnLoop(ToyLoop):
    """ToyLoop with a print in each step of a turn, on a pretend clock."""

    turn = 0
    clock = 0.0

    # A pretend clock: wait() moves it forward by exactly the timeout instead of
    # sleeping. The loop cannot tell the difference, and the timeouts come out
    # exact, however busy the machine (and the run takes no time at all).
    def time(self) -> float:
        return self.clock

    def wait(self, timeout: float) -> None:
        self.clock += timeout

    def run_ready(self) -> None:
        self.turn += 1
        names = ", ".join(task.name for task in self.ready)
        print(f"[turn {self.turn}] run ready: {names}")
        super().run_ready()

    def compute_timeout(self) -> float:
        timeout = super().compute_timeout()
        if self.ready:
            why = "a task is ready"
        elif self.sleeping:
            why = f"until {self.sleeping[0][2].name} is due"
        else:
            why = "nothing left to wait for"
        print(f"[turn {self.turn}] timeout: {timeout:.1f} s, {why}")
        return timeout

    def wake_timers(self) -> None:
        already_ready = len(self.ready)
        super().wake_timers()
        woken = [task.name for task in list(self.ready)[already_ready:]]
        print(f"[turn {self.turn}] wake timers: {', '.join(woken) or 'none'}")


loop = TurnByTurnLoop()
for dish, steps in MENU.items():
    loop.create_task(cook(dish, steps), dish)
loop.run()
print(f"no task ready or asleep: the loop stops after {loop.turn} turns")
