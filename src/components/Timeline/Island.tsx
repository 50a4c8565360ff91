/**
 * A chapter's timeline of a traced run (```timeline file=X/name.py, written by the remark plugin as
 * <Timeline file="X/name.py" />), and under it, once the reader has run the snippet in the page,
 * the timeline of their own run.
 *
 * The recorded run is drawn at build time into the page's HTML, and it never changes: a page opened
 * from a link keeps that HTML when React hydrates it (the figure hands React its HTML as a string),
 * so its script needs neither the trace nor the drawing code (./Drawing.tsx). Both come with the
 * page's files (../Snippet/files.ts) where the browser draws the page itself; the drawing code
 * alone comes when the reader's own run is to be drawn.
 */
import {useEffect, useRef, useState, type ReactNode} from 'react';
import type {Trace} from '../../trace/timelineModel';
import {useReaderTrace} from '../Run/readerRuns';
import {TIMELINE_DRAWING, ensureFiles, getFile, keepHtml, keptHtml} from '../Snippet/files';
import {figureAttributes} from './figure';

type DrawingModule = typeof import('./Drawing');

export default function TimelineIsland({file}: {file: string}): ReactNode {
  const traceId = file.replace(/\.py$/, '.trace.json');
  const key = `timeline:${file}`;
  const yours = useReaderTrace(file);
  const drawingNow = getFile<DrawingModule>(TIMELINE_DRAWING);
  const traceNow = getFile<Trace>(traceId);
  // Drawn here when the page brought the trace and the code; else the figure keeps its HTML: ''
  // while React hydrates (it leaves the page's HTML in place), or the HTML of an earlier visit.
  const [drawHere, setDrawHere] = useState(() => Boolean(drawingNow && traceNow));
  const [kept] = useState(() => keptHtml(key) ?? '');
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    if (drawHere || !figure.current) return;
    if (figure.current.innerHTML !== '') keepHtml(key, figure.current.innerHTML);
    else ensureFiles([traceId, TIMELINE_DRAWING]).then(() => setDrawHere(true), (error: unknown) => console.warn(error));
    // Once, as the figure first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The code that draws the reader's run, fetched when there is one.
  const [drawing, setDrawing] = useState(drawingNow);
  useEffect(() => {
    if (yours && !drawing) import('./Drawing').then(setDrawing, (error: unknown) => console.warn(error));
  }, [yours, drawing]);
  const trace = getFile<Trace>(traceId);
  const draw = drawing ?? getFile<DrawingModule>(TIMELINE_DRAWING);
  return (
    <>
      {drawHere && draw && trace ? (
        <figure {...figureAttributes(file)}>
          <draw.FigureBody file={file} trace={trace} />
        </figure>
      ) : (
        <figure ref={figure} {...figureAttributes(file)} dangerouslySetInnerHTML={{__html: kept}} suppressHydrationWarning />
      )}
      {yours && draw && <draw.Drawing file={file} trace={yours.trace} yours={yours} />}
    </>
  );
}
