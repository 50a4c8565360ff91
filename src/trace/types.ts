/**
 * The JSON src/trace/asynctrace.py writes for one traced run (see src/trace/README.md), as the
 * timeline drawing, the trace files and the tests read it.
 */

/** What a step suspended on. */
export type Wait =
  | {kind: 'yield'}
  | {kind: 'sleep'; seconds: number}
  | {kind: 'task'; name: string}
  | {kind: 'io'}
  | {kind: 'future'};

export interface TraceStep {
  /** Order of all steps of all tasks (times alone cannot order steps shorter than 0.01 ms). */
  seq: number;
  /** ms on the loop's clock. */
  start: number;
  end: number;
  /** null for the last step of a finished task. */
  waits: Wait | null;
}

export interface TraceTask {
  name: string;
  created: number;
  steps: TraceStep[];
  /** When its last step ended; null if it never finished. */
  end: number | null;
  outcome: 'done' | 'failed' | 'cancelled' | 'pending';
  /** The exception's type name, when failed. */
  error?: string;
}

export interface Trace {
  /** 1 (the remark plugin refuses any other); number, so that an imported JSON file fits. */
  version: number;
  /** "3.13.0" */
  python: string;
  /** "ms" */
  clock: string;
  /** In creation order. */
  tasks: TraceTask[];
  /** Only if the tracer hit a bug of its own and stopped. */
  tracer_error?: string;
}
