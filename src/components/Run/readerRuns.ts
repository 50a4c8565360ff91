/**
 * What the reader ran on this page, shared between the components that show it: a snippet's Run
 * publishes the trace of its run, and the page's timeline of the same snippet draws it beside the
 * recorded one. Browser state only (a module-level store), nothing on the server.
 */
import {useSyncExternalStore} from 'react';
import type {Trace} from '../../trace/types';

export interface ReaderTrace {
  trace: Trace;
  /** The reader had edited the program. */
  edited: boolean;
}

const traces = new Map<string, ReaderTrace>();
const listeners = new Set<() => void>();

export function publishTrace(file: string, trace: ReaderTrace): void {
  traces.set(file, trace);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The trace of the reader's last run of `file` (relative to snippets/), if any. */
export function useReaderTrace(file: string): ReaderTrace | undefined {
  return useSyncExternalStore(
    subscribe,
    () => traces.get(file),
    () => undefined,
  );
}
