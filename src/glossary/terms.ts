/**
 * The glossary: every term the course teaches, in one place. The /glossary page is drawn from this
 * list at build time (src/plugins/glossary.ts, drawn by src/components/Glossary), search indexes
 * each entry and lists it first for its term (src/search/records.ts, results.ts), and the build
 * links the first use of each term in every chapter to its entry (src/remark/glossaryLinks.ts).
 *
 * - `id` is the entry's anchor, `/glossary#<id>`: once published, never change it.
 * - `forms` are how chapters write the term in prose. A form with a capital letter matches only as
 *   written; one without matches in any case. Plurals ("-s", "-es") match too.
 * - `code` are the inline code spans that name it (`asyncio.gather`, also written with a call:
 *   `asyncio.gather(a, b)`).
 * - `definition` is one to three sentences in this site's words, true for Python 3.10 to 3.13;
 *   `code` in backticks.
 * - `teaches` are the sections that teach it, "/chapters/<slug>#<section id>": the build fails on
 *   one that does not exist.
 * - `notIn` are chapters (doc ids) where the words mean something else, so they are not linked.
 * - `see` are related entries.
 */
import {GLOSSARY_ROUTE} from './page';

export interface GlossaryTerm {
  id: string;
  term: string;
  forms?: string[];
  code?: string[];
  definition: string;
  teaches: string[];
  notIn?: string[];
  see?: string[];
}

export const GLOSSARY: GlossaryTerm[] = [
  // Why programs wait, and how computers share their time.
  {
    id: 'io-bound',
    term: 'I/O-bound',
    forms: ['I/O-bound', 'IO-bound'],
    definition:
      'A program is I/O-bound when it spends most of its time waiting for input or output to arrive: a reply from the network, a disk, a database. Those waits are what asyncio lets a program overlap.',
    teaches: ['/chapters/why-asyncio#programs-that-wait', '/chapters/why-asyncio#overlapping-the-waits'],
    see: ['cpu-bound', 'concurrency'],
  },
  {
    id: 'cpu-bound',
    term: 'CPU-bound',
    forms: ['CPU-bound'],
    definition:
      'A program is CPU-bound when the processor is busy computing the whole time and there is nothing to wait for. asyncio cannot make it faster, since its tasks take turns on one thread; separate processes can.',
    teaches: ['/chapters/why-asyncio#cpu-bound-work', '/chapters/blocking-calls-and-cpu-work#threads-and-cpu-work', '/chapters/blocking-calls-and-cpu-work#process-pool'],
    see: ['io-bound', 'parallelism', 'executor'],
  },
  {
    id: 'concurrency',
    term: 'concurrency',
    forms: ['concurrency', 'concurrently', 'concurrent'],
    definition:
      'Several pieces of work in progress over the same stretch of time, taking turns or overlapping their waits. It needs no extra processor: asyncio gives concurrency on a single thread.',
    teaches: ['/chapters/why-asyncio#overlapping-the-waits', '/chapters/running-many-at-once#starting-vs-awaiting'],
    see: ['parallelism', 'task'],
  },
  {
    id: 'parallelism',
    term: 'parallelism',
    forms: ['parallelism', 'in parallel', 'parallel'],
    definition:
      'Several computations running at the very same instant, on different processor cores. An event loop gives none, since it runs one task at a time: Python code that computes runs in parallel only in separate processes (or, on 3.13\'s free-threaded build, in threads).',
    teaches: ['/chapters/why-asyncio#cpu-bound-work', '/chapters/blocking-calls-and-cpu-work#process-pool'],
    see: ['concurrency', 'gil'],
  },
  {
    id: 'time-sharing',
    term: 'time-sharing',
    forms: ['time-sharing', 'time sharing'],
    definition:
      'Letting many programs (and people) use one computer by switching between them many times a second. Each one gets short turns, so all of them seem to run at once.',
    teaches: ['/chapters/time-sharing#slicing-the-second'],
    see: ['time-slice', 'context-switch'],
  },
  {
    id: 'time-slice',
    term: 'time slice',
    forms: ['time slice', 'time-slice', 'quantum'],
    definition:
      'The short stretch of processor time, a few milliseconds, that a program gets before the operating system may switch to another. It is the unit of time-sharing.',
    teaches: ['/chapters/time-sharing#slicing-the-second', '/chapters/time-sharing#how-long-until-my-turn'],
    see: ['time-sharing', 'pre-emptive'],
  },
  {
    id: 'round-robin',
    term: 'round-robin',
    forms: ['round-robin', 'round robin'],
    definition:
      'Taking turns in a fixed circle: each program, or task, gets one turn and goes to the back of the line. Operating systems slice time this way, and an event loop serves its ready queue in the same order.',
    teaches: ['/chapters/time-sharing#slicing-the-second', '/chapters/generators-to-coroutines#round-robin-scheduler'],
    see: ['scheduler', 'ready-queue'],
  },
  {
    id: 'context-switch',
    term: 'context switch',
    forms: ['context switch'],
    definition:
      'Setting a running program aside and resuming another: the operating system saves the first one\'s registers (where it was, what it was working on) and loads the other\'s. Each switch costs a little time.',
    teaches: ['/chapters/time-sharing#what-a-switch-saves'],
    see: ['time-slice'],
  },
  {
    id: 'scheduler',
    term: 'scheduler',
    forms: ['scheduler'],
    definition:
      'Whatever decides which piece of work runs next: the operating system\'s scheduler for processes and threads, the event loop for asyncio\'s tasks.',
    teaches: ['/chapters/generators-to-coroutines#round-robin-scheduler', '/chapters/toy-event-loop#the-run-loop'],
    see: ['event-loop', 'round-robin'],
  },
  {
    id: 'pre-emptive',
    term: 'pre-emptive multitasking',
    forms: ['pre-emptive multitasking', 'preemptive multitasking', 'pre-emptive', 'preemptive', 'pre-empted', 'preempted', 'pre-emption', 'preemption'],
    definition:
      'Multitasking in which the operating system decides when a program stops: a timer interrupts it between any two instructions and another runs. Python\'s threads are switched this way.',
    teaches: ['/chapters/preemptive-vs-cooperative#preemptive', '/chapters/preemptive-vs-cooperative#python-threads-are-preempted'],
    see: ['cooperative', 'thread'],
  },
  {
    id: 'cooperative',
    term: 'cooperative multitasking',
    forms: ['cooperative multitasking', 'cooperative', 'cooperatively', 'co-operative'],
    definition:
      'Multitasking in which each program decides when to hand over control, and nothing interrupts it until it does. asyncio is cooperative: a task lets others run only at an `await` that suspends it.',
    teaches: ['/chapters/preemptive-vs-cooperative#cooperative', '/chapters/preemptive-vs-cooperative#asyncio-is-cooperative'],
    see: ['pre-emptive', 'await'],
  },
  {
    id: 'thread',
    term: 'thread',
    forms: ['thread'],
    code: ['threading.Thread', 'asyncio.to_thread', 'to_thread'],
    definition:
      'A line of execution inside a process, which the operating system switches in and out pre-emptively. Threads share the process\'s memory, and asyncio runs blocking calls in them so that the event loop\'s own thread stays free.',
    teaches: ['/chapters/preemptive-vs-cooperative#python-threads-are-preempted', '/chapters/blocking-calls-and-cpu-work#to-thread'],
    see: ['pre-emptive', 'gil', 'executor'],
  },
  {
    id: 'gil',
    term: 'global interpreter lock (GIL)',
    forms: ['global interpreter lock', 'GIL'],
    definition:
      'The lock inside CPython that lets only one thread run Python code at any moment. Threads therefore do not make pure-Python computation faster, though they still help with calls that wait; 3.13\'s experimental free-threaded build has no GIL.',
    teaches: ['/chapters/blocking-calls-and-cpu-work#threads-and-cpu-work'],
    see: ['thread', 'cpu-bound'],
  },
  {
    id: 'lock',
    term: 'lock',
    forms: ['lock'],
    code: ['asyncio.Lock', 'threading.Lock', 'Lock'],
    definition:
      'An object that lets one holder at a time into a block of code: `async with lock:` for tasks, `with lock:` for threads. Tasks need one when an update of shared state spans an `await`, since other tasks may run there.',
    teaches: ['/chapters/preemptive-vs-cooperative#thread-race', '/chapters/coordinating-tasks#why-a-lock'],
    see: ['semaphore', 'condition'],
  },
  // From generators to tasks.
  {
    id: 'generator',
    term: 'generator',
    forms: ['generator'],
    definition:
      'A function with `yield` in its body, and the object that calling it returns. Calling it runs nothing; each `next()` runs the body up to the next `yield` and pauses there with its local variables kept, which makes it the simplest Python code that can stop and carry on later.',
    teaches: ['/chapters/generators#a-function-that-can-stop', '/chapters/generators#next-and-yield'],
    see: ['yield', 'frame', 'coroutine'],
  },
  {
    id: 'yield',
    term: 'yield',
    code: ['yield'],
    definition:
      'The keyword that pauses a generator and hands a value out to whoever resumed it. The next `next()` or `send(value)` carries on right after it, and a value sent in becomes the value of the `yield` expression.',
    teaches: ['/chapters/generators#next-and-yield', '/chapters/generators-to-coroutines#send'],
    see: ['generator', 'yield-from'],
  },
  {
    id: 'yield-from',
    term: 'yield from',
    code: ['yield from'],
    definition:
      '`yield from sub` runs the generator `sub` to its end, passing each of its values out and each `send()` and `throw()` in, and evaluates to what `sub` returned. `await` grew out of it.',
    teaches: ['/chapters/generators-to-coroutines#yield-from', '/chapters/generators-to-coroutines#history'],
    see: ['yield', 'await'],
  },
  {
    id: 'stopiteration',
    term: 'StopIteration',
    forms: ['StopIteration'],
    code: ['StopIteration'],
    definition:
      'The exception a generator raises when its body ends; its `value` holds what the generator returned. A `for` loop catches it for you, and a coroutine hands back its result the same way.',
    teaches: ['/chapters/generators#stop-iteration', '/chapters/generators-to-coroutines#return-value'],
    see: ['generator'],
  },
  {
    id: 'frame',
    term: 'frame',
    forms: ['frame'],
    definition:
      'The record of one call in progress: its local variables and the line it has reached. A paused generator or coroutine keeps its frame, which is how it carries on where it left off.',
    teaches: ['/chapters/generators#the-saved-frame'],
    see: ['generator', 'coroutine'],
  },
  {
    id: 'coroutine-function',
    term: 'coroutine function',
    forms: ['coroutine function', 'async function'],
    code: ['async def'],
    definition:
      'A function defined with `async def`. Calling it runs none of its body: it returns a coroutine object, which runs only once something awaits it or wraps it in a task.',
    teaches: ['/chapters/coroutines-and-the-loop#coroutine-objects', '/chapters/async-and-await#function-and-object'],
    see: ['coroutine', 'await'],
  },
  {
    id: 'coroutine',
    term: 'coroutine',
    forms: ['coroutine object', 'coroutine'],
    definition:
      'The object a coroutine function returns: a paused piece of work that remembers its code, its arguments and how far it got. Something must drive it (an `await`, a task, `asyncio.run`), and each time it suspends, the event loop can run other work.',
    teaches: ['/chapters/coroutines-and-the-loop#coroutine-objects', '/chapters/async-and-await#what-drives-a-coroutine', '/chapters/async-and-await#four-states'],
    see: ['coroutine-function', 'task', 'awaitable'],
  },
  {
    id: 'await',
    term: 'await',
    code: ['await'],
    definition:
      'The keyword that waits for an awaitable\'s result inside a coroutine. If the result is not there yet, the coroutine suspends and the event loop runs other tasks meanwhile; an `await` on something that needs no wait carries straight on, and nobody else gets a turn.',
    teaches: ['/chapters/coroutines-and-the-loop#await', '/chapters/async-and-await#await-coroutine-vs-task', '/chapters/preemptive-vs-cooperative#await-that-does-not-pause'],
    see: ['awaitable', 'cooperative'],
  },
  {
    id: 'awaitable',
    term: 'awaitable',
    forms: ['awaitable'],
    definition:
      'Anything `await` accepts: a coroutine, a task, a future, or an object whose `__await__` method returns an iterator.',
    teaches: ['/chapters/async-and-await#awaitables'],
    see: ['await', 'future'],
  },
  {
    id: 'event-loop',
    term: 'event loop',
    forms: ['event loop'],
    definition:
      'The scheduler at the heart of asyncio: a loop on one thread that, turn after turn, waits until I/O is ready or a timer is due (not at all if work is ready), then runs the callbacks in its ready queue one after another; resuming a task to its next `await` is one such callback. It can switch to another task only when the running one suspends.',
    teaches: ['/chapters/coroutines-and-the-loop#the-event-loop', '/chapters/toy-event-loop#the-run-loop', '/chapters/asyncio-event-loop#one-iteration'],
    see: ['ready-queue', 'task', 'callback'],
  },
  {
    id: 'ready-queue',
    term: 'ready queue',
    forms: ['ready queue'],
    definition:
      'The event loop\'s line of callbacks that can run now, served first in, first out. A task whose wait is over goes to the back of it and runs on a later turn of the loop, not at once.',
    teaches: ['/chapters/toy-event-loop#ready-and-sleeping', '/chapters/asyncio-event-loop#one-iteration'],
    see: ['event-loop', 'callback'],
  },
  {
    id: 'callback',
    term: 'callback',
    forms: ['callback'],
    code: ['loop.call_soon', 'call_soon', 'loop.call_later', 'call_later', 'loop.call_at', 'call_at', 'add_done_callback'],
    definition:
      'A plain function handed over to be called later: by the event loop (`loop.call_soon`, `call_later`, `call_at`) or by a future once it is done (`add_done_callback`). A task moves its coroutine on through such callbacks.',
    teaches: ['/chapters/asyncio-event-loop#scheduling-callbacks', '/chapters/tasks-and-futures#futures'],
    see: ['event-loop', 'future'],
  },
  {
    id: 'asyncio-run',
    term: 'asyncio.run',
    code: ['asyncio.run'],
    definition:
      'The usual way into asyncio: `asyncio.run(main())` makes a new event loop, runs the coroutine on it until it finishes, then cancels the tasks still pending, shuts down async generators and the default thread pool, and closes the loop. It refuses to start inside a loop that is already running.',
    teaches: ['/chapters/asyncio-event-loop#what-asyncio-run-does'],
    see: ['event-loop'],
  },
  {
    id: 'debug-mode',
    term: 'debug mode',
    forms: ['debug mode'],
    definition:
      'A mode of the event loop, turned on with `debug=True` or `PYTHONASYNCIODEBUG=1`, that logs every callback or task step taking longer than 100 ms, says where a coroutine that was never awaited was created, and catches calls from the wrong thread.',
    teaches: ['/chapters/asyncio-event-loop#debug-mode'],
    see: ['blocking-call'],
  },
  {
    id: 'task',
    term: 'task',
    forms: ['task'],
    code: ['asyncio.Task', 'Task', 'asyncio.create_task', 'create_task'],
    definition:
      'A coroutine wrapped so that the event loop can run it alongside others. `asyncio.create_task` schedules it at once and returns it; since a task is a future, you can await it for the coroutine\'s result, or cancel it.',
    teaches: ['/chapters/coroutines-and-the-loop#a-tasks-life', '/chapters/tasks-and-futures#create-task', '/chapters/tasks-and-futures#task-is-a-future'],
    see: ['coroutine', 'future', 'background-task'],
  },
  {
    id: 'future',
    term: 'future',
    forms: ['future'],
    code: ['asyncio.Future', 'Future'],
    definition:
      'An object that stands for a result which is not there yet. Awaiting it suspends the task until someone calls `set_result()` or `set_exception()` on it; sleeps, sockets and other tasks all come down to waiting on a future.',
    teaches: ['/chapters/tasks-and-futures#futures', '/chapters/coroutines-and-the-loop#a-tasks-life'],
    see: ['task', 'callback', 'awaitable'],
  },
  {
    id: 'background-task',
    term: 'background task',
    forms: ['background task'],
    definition:
      'A task started and not awaited straight away, to run while the code that started it goes on. The event loop holds tasks only by weak references, so keep a reference of your own (a set, or a TaskGroup) until it is done.',
    teaches: ['/chapters/tasks-and-futures#keep-references', '/chapters/tasks-and-futures#fire-and-forget'],
    see: ['task', 'taskgroup'],
  },
  // asyncio in practice.
  {
    id: 'gather',
    term: 'gather',
    code: ['asyncio.gather', 'gather'],
    definition:
      '`asyncio.gather(a, b, c)` runs awaitables concurrently and returns their results as a list in the order they were passed, whatever order they finished in. If one raises, its error comes out of the gather while the others keep running, unless `return_exceptions=True` returns errors as results.',
    teaches: ['/chapters/running-many-at-once#gather', '/chapters/when-tasks-fail#gather-one-raises', '/chapters/when-tasks-fail#return-exceptions'],
    see: ['taskgroup', 'concurrency'],
  },
  {
    id: 'taskgroup',
    term: 'TaskGroup',
    forms: ['TaskGroup', 'task group'],
    code: ['asyncio.TaskGroup', 'TaskGroup'],
    definition:
      'An `async with asyncio.TaskGroup() as tg:` block, whose tasks (started with `tg.create_task`) must all end before the block does. If one fails, it cancels the others and raises the errors together in an ExceptionGroup. Python 3.11+.',
    teaches: ['/chapters/running-many-at-once#taskgroup', '/chapters/when-tasks-fail#taskgroup'],
    see: ['structured-concurrency', 'exception-group', 'gather'],
  },
  {
    id: 'structured-concurrency',
    term: 'structured concurrency',
    forms: ['structured concurrency'],
    definition:
      'Writing concurrent code so that every task belongs to a block that does not end before its tasks have ended. No task outlives the code that started it and no error goes unnoticed; asyncio\'s TaskGroup works this way.',
    teaches: ['/chapters/running-many-at-once#taskgroup', '/chapters/when-tasks-fail#taskgroup'],
    see: ['taskgroup'],
  },
  {
    id: 'exception-group',
    term: 'exception group',
    forms: ['exception group'],
    code: ['ExceptionGroup', 'BaseExceptionGroup', 'except*'],
    definition:
      'An exception that carries several others at once, as a TaskGroup raises when tasks fail. `except*` handles the errors of one type inside it and lets the rest go on. Python 3.11+.',
    teaches: ['/chapters/when-tasks-fail#except-star'],
    see: ['taskgroup'],
  },
  {
    id: 'cancellation',
    term: 'cancellation',
    forms: ['cancellation', 'cancelled', 'cancel'],
    code: ['task.cancel', 'cancel', 'asyncio.CancelledError', 'CancelledError'],
    definition:
      'Asking a task to stop: `task.cancel()` raises `CancelledError` inside it, at the `await` where it is suspended. The task may clean up in `finally`, but must let the error go on, or the cancellation is lost.',
    teaches: ['/chapters/cancellation-and-timeouts#cancel', '/chapters/cancellation-and-timeouts#clean-up', '/chapters/cancellation-and-timeouts#swallowing'],
    see: ['timeout', 'shield'],
  },
  {
    id: 'timeout',
    term: 'timeout',
    forms: ['timeout'],
    code: ['asyncio.timeout', 'asyncio.timeout_at', 'timeout_at', 'asyncio.wait_for', 'wait_for'],
    notIn: ['toy-event-loop'],
    definition:
      'A limit on how long to wait. `asyncio.timeout()` (Python 3.11+) puts one on a block and `asyncio.wait_for()` on one awaitable: when time runs out, the work is cancelled and a `TimeoutError` is raised (`asyncio.TimeoutError` on 3.10).',
    teaches: ['/chapters/cancellation-and-timeouts#asyncio-timeout', '/chapters/cancellation-and-timeouts#wait-for'],
    see: ['cancellation'],
  },
  {
    id: 'shield',
    term: 'shield',
    code: ['asyncio.shield', 'shield'],
    definition:
      '`asyncio.shield(aw)` keeps an awaitable running when whoever awaits it is cancelled: the caller still gets `CancelledError`, but the work inside carries on to its end.',
    teaches: ['/chapters/cancellation-and-timeouts#shield'],
    see: ['cancellation', 'timeout'],
  },
  {
    id: 'blocking-call',
    term: 'blocking call',
    forms: ['blocking call', 'blocking code', 'blocking function'],
    definition:
      'A call that makes its thread wait, or compute for a long time, without awaiting: `time.sleep`, a `requests` download, a big calculation. Inside a coroutine it freezes the whole event loop, since no other task can run until it returns.',
    teaches: ['/chapters/why-asyncio#blocking-code', '/chapters/blocking-calls-and-cpu-work#spotting-a-blocking-call', '/chapters/blocking-calls-and-cpu-work#blocking-call-traced'],
    see: ['executor', 'thread', 'debug-mode'],
  },
  {
    id: 'executor',
    term: 'executor',
    forms: ['executor', 'thread pool', 'process pool'],
    code: ['loop.run_in_executor', 'run_in_executor', 'ThreadPoolExecutor', 'ProcessPoolExecutor', 'concurrent.futures'],
    definition:
      'A pool of worker threads or processes that runs plain functions away from the event loop (`ThreadPoolExecutor`, `ProcessPoolExecutor`). `loop.run_in_executor` hands it a function and returns a future to await; `asyncio.to_thread` uses the loop\'s default thread pool.',
    teaches: ['/chapters/blocking-calls-and-cpu-work#run-in-executor', '/chapters/blocking-calls-and-cpu-work#process-pool'],
    see: ['thread', 'blocking-call', 'cpu-bound'],
  },
  {
    id: 'event',
    term: 'Event',
    code: ['asyncio.Event', 'Event'],
    definition:
      '`asyncio.Event`: a flag that tasks can wait for. `await event.wait()` suspends until another task calls `event.set()`, and then every waiting task goes on.',
    teaches: ['/chapters/coordinating-tasks#event'],
    see: ['condition', 'lock'],
  },
  {
    id: 'condition',
    term: 'Condition',
    code: ['asyncio.Condition', 'Condition'],
    definition:
      'A lock paired with a way to wait for a change: a task holding it calls `await cond.wait()` (or `wait_for(predicate)`), and another task wakes it with `notify()` after changing the shared state.',
    teaches: ['/chapters/coordinating-tasks#condition'],
    see: ['lock', 'event'],
  },
  {
    id: 'semaphore',
    term: 'semaphore',
    forms: ['semaphore'],
    code: ['asyncio.Semaphore', 'Semaphore', 'asyncio.BoundedSemaphore', 'BoundedSemaphore'],
    definition:
      'A counter of free places: `async with sem:` takes one, waiting while none is left, so at most N tasks are inside at once. A `BoundedSemaphore` also raises an error when it is released more often than acquired.',
    teaches: ['/chapters/coordinating-tasks#semaphore', '/chapters/coordinating-tasks#bounded-semaphore'],
    see: ['lock', 'worker-pool'],
  },
  {
    id: 'barrier',
    term: 'Barrier',
    forms: ['Barrier'],
    code: ['asyncio.Barrier', 'Barrier'],
    definition:
      'A meeting point for a fixed number of tasks: each `await barrier.wait()` suspends until that many tasks are waiting, then all of them go on together. Python 3.11+.',
    teaches: ['/chapters/coordinating-tasks#barrier'],
    see: ['event'],
  },
  {
    id: 'queue',
    term: 'queue',
    forms: ['asyncio queue'],
    code: ['asyncio.Queue', 'Queue', 'asyncio.PriorityQueue', 'PriorityQueue', 'asyncio.LifoQueue', 'LifoQueue'],
    definition:
      '`asyncio.Queue`: a first-in, first-out line of items between tasks. `await queue.get()` waits while it is empty, `await queue.put()` waits while it is full (if it has a `maxsize`), and `task_done()` with `join()` tell when every item put in has been dealt with.',
    teaches: ['/chapters/queues-and-pipelines#a-queue-between-tasks', '/chapters/queues-and-pipelines#task-done-and-join'],
    see: ['back-pressure', 'worker-pool', 'sentinel'],
  },
  {
    id: 'back-pressure',
    term: 'back-pressure',
    forms: ['back-pressure', 'backpressure', 'back pressure'],
    definition:
      'Slowing a fast producer down to the pace of its consumers, instead of letting unfinished work pile up in memory. A queue with a `maxsize` does it: `put()` waits while the queue is full.',
    teaches: ['/chapters/queues-and-pipelines#maxsize-back-pressure'],
    see: ['queue'],
  },
  {
    id: 'worker-pool',
    term: 'worker pool',
    forms: ['worker pool', 'pool of workers'],
    definition:
      'A fixed number of tasks that each take jobs from a shared queue, one after another, so that however many jobs are queued, at most that many run at once.',
    teaches: ['/chapters/queues-and-pipelines#worker-pool'],
    see: ['queue', 'semaphore'],
  },
  {
    id: 'sentinel',
    term: 'sentinel',
    forms: ['sentinel'],
    definition:
      'A special value put in a queue to mean "no more items": a worker that takes it stops, so a pool of N workers needs N of them. Python 3.13\'s `Queue.shutdown()` does the same job.',
    teaches: ['/chapters/queues-and-pipelines#sentinels', '/chapters/queues-and-pipelines#queue-shutdown'],
    see: ['queue', 'worker-pool'],
  },
];

/** The address of a term's entry, relative to the base path. */
export const glossaryUrl = (id: string): string => `${GLOSSARY_ROUTE}#${id}`;
