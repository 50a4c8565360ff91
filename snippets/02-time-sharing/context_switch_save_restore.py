"""A context switch on a toy CPU: save the running program's state, load the next one's."""

# The toy CPU has two registers: pc (which instruction comes next) and acc (the number it is
# working on). Only one program can be "on" the CPU, because there is only one set of registers.
cpu = {"pc": 0, "acc": 0}

# Two programs, as lists of instructions. A adds up 1 to 4; B doubles its number four times.
programs = {
    "A": [("add", 1), ("add", 2), ("add", 3), ("add", 4)],
    "B": [("mul", 2), ("mul", 2), ("mul", 2), ("mul", 2)],
}

# The number each program starts from: 0 for a sum, 1 for a product.
START = {"A": 0, "B": 1}

# Where the operating system keeps the registers of every program that is NOT on the CPU.
saved = {name: {"pc": 0, "acc": start} for name, start in START.items()}

SLICE = 2  # instructions per time slice


def step(instruction: tuple[str, int]) -> None:
    """Run one instruction on whatever program is on the CPU right now."""
    op, n = instruction
    cpu["acc"] = cpu["acc"] + n if op == "add" else cpu["acc"] * n
    cpu["pc"] += 1


def run_alone(name: str) -> int:
    """For comparison: the same program with the CPU to itself, no switches at all."""
    cpu.update(pc=0, acc=START[name])
    for instruction in programs[name]:
        step(instruction)
    return cpu["acc"]


turn_order = ["A", "B", "A", "B"]

for name in turn_order:
    cpu.update(saved[name])  # load: copy the program's saved registers into the CPU
    print(f"load {name}  pc={cpu['pc']} acc={cpu['acc']}")
    for _ in range(SLICE):
        step(programs[name][cpu["pc"]])
    saved[name] = dict(cpu)  # save: copy the CPU's registers out, to be restored next turn
    print(f"save {name}  pc={cpu['pc']} acc={cpu['acc']}")

print()
print(f"A ended with {saved['A']['acc']}; run alone it gives {run_alone('A')}")
print(f"B ended with {saved['B']['acc']}; run alone it gives {run_alone('B')}")
