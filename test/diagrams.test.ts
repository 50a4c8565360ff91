// Diagrams drawn ahead of time: the key that ties a drawing to its text and settings, the ids that
// make a drawing the same bytes on every render, and the width below which labels get too small.
import {describe, expect, it} from 'vitest';
import {finishDrawing, renameIds} from '../src/diagrams/finish';
import {drawingKey, drawnText, mermaidConfig, readableWidth} from '../src/diagrams/settings';

describe('drawingKey', () => {
  it('changes with the text and with the settings, not with surrounding blank lines', () => {
    const key = drawingKey('flowchart LR\n  a --> b', 'settings');
    expect(key).toMatch(/^[0-9a-f]{12}$/);
    expect(drawingKey('\nflowchart LR\n  a --> b\n\n', 'settings')).toBe(key);
    expect(drawingKey('flowchart LR\n  a --> c', 'settings')).not.toBe(key);
    expect(drawingKey('flowchart LR\n  a --> b', 'other settings')).not.toBe(key);
  });
});

describe('renameIds', () => {
  const svg =
    '<svg id="drawing-3" aria-labelledby="chart-title-drawing-3"><style>#drawing-3 .node{fill:red}#drawing-3 .edge{}</style>' +
    '<title id="chart-title-drawing-3">T</title><marker id="drawing-3_arrow"/><g id="actor1"/><g id="actor12"/>' +
    '<path marker-end="url(#drawing-3_arrow)"/><use href="#actor12"/><use xlink:href="#actor1"/></svg>';

  it('names the root after the drawing, numbers the other ids in order, and follows every reference', () => {
    expect(renameIds(svg, 'drawing-3', 'dabc-light')).toBe(
      '<svg id="dabc-light" aria-labelledby="dabc-light-1"><style>#dabc-light .node{fill:red}#dabc-light .edge{}</style>' +
        '<title id="dabc-light-1">T</title><marker id="dabc-light-2"/><g id="dabc-light-3"/><g id="dabc-light-4"/>' +
        '<path marker-end="url(#dabc-light-2)"/><use href="#dabc-light-4"/><use xlink:href="#dabc-light-3"/></svg>',
    );
  });

  it('gives the same bytes whatever the batch numbered the drawing and its actors', () => {
    const elsewhere = svg.replaceAll('drawing-3', 'drawing-17').replaceAll('actor12', 'actor40').replaceAll('actor1"', 'actor29"').replace('#actor1"', '#actor29"');
    expect(renameIds(elsewhere, 'drawing-17', 'dabc-light')).toBe(renameIds(svg, 'drawing-3', 'dabc-light'));
  });

  it('keeps the title and the ARIA link to it through svgo', () => {
    const finished = finishDrawing(svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" '), 'drawing-3', 'dabc-light');
    expect(finished).toContain('aria-labelledby="dabc-light-1"');
    expect(finished).toContain('<title id="dabc-light-1">T</title>');
  });
});

describe('drawnText', () => {
  it('turns off the marker a gantt chart draws at today\'s date, and leaves other diagrams alone', () => {
    expect(drawnText('---\ndisplayMode: compact\n---\ngantt\n  dateFormat X\n  a : 0, 1')).toBe('---\ndisplayMode: compact\n---\ngantt\n  todayMarker off\n  dateFormat X\n  a : 0, 1');
    expect(drawnText('flowchart LR\n  gantt --> b')).toBe('flowchart LR\n  gantt --> b');
  });
});

describe('the render settings', () => {
  it('seed the hand-drawn look and draw gantt charts for the column, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const config = mermaidConfig(theme);
      expect(config.handDrawnSeed).toBe(1);
      expect(config.gantt).toMatchObject({useWidth: 720});
      expect(config.htmlLabels).toBe(false);
    }
  });

  it('let a drawing shrink until its smallest label is 12 px, and widen one whose labels are smaller', () => {
    expect(readableWidth({width: 720, height: 200, minFontPx: 14})).toBe(618);
    expect(readableWidth({width: 300, height: 200, minFontPx: 10})).toBe(360);
  });
});
