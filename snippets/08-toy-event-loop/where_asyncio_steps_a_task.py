"""Our toy Task has step(). Where is asyncio's? Not in a Python method you can find."""
import asyncio
import asyncio.tasks

# CPython ships two implementations of Task: a fast one written in C (in the
# _asyncio module), which is the one you get, and a pure-Python one in
# Lib/asyncio/tasks.py, kept as asyncio.tasks._PyTask.
print(f"asyncio.Task comes from the module: {asyncio.Task.__module__}")
print(f"asyncio.Task has a __step method: {hasattr(asyncio.Task, '_Task__step')}")
print(f"the pure-Python _PyTask has one: {hasattr(asyncio.tasks._PyTask, '_Task__step')}")
