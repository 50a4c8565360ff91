/**
 * The timeline of a real traced run of a snippet (./Drawing.tsx), drawn at build time as inline
 * SVG, so it needs no JavaScript, and under it, once the reader has run the snippet in the page,
 * the timeline of their own run (../Run publishes it), drawn the same way.
 *
 * For a page that has the trace at hand (the landing page). Chapters draw theirs with ./Island.tsx:
 * the remark plugin turns ```timeline file=X/name.py fences into <Timeline file="X/name.py" />, whose
 * trace and drawing code come with the page's files (../Snippet/files.ts) only where the browser
 * draws the page itself.
 */
import type {ReactNode} from 'react';
import type {Trace} from '../../trace/timelineModel';
import {useReaderTrace} from '../Run/readerRuns';
import {Drawing} from './Drawing';

interface Props {
  /** "03-preemptive-vs-cooperative/greedy_task_broken.py", relative to snippets/. */
  file: string;
  /** snippets/X/name.trace.json, as written by src/trace/asynctrace.py. */
  trace: Trace;
}

export default function Timeline({file, trace}: Props): ReactNode {
  const yours = useReaderTrace(file);
  return (
    <>
      <Drawing file={file} trace={trace} />
      {yours && <Drawing file={file} trace={yours.trace} yours={yours} />}
    </>
  );
}
