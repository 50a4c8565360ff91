/**
 * The element behind ./index.tsx: `hydrating`, an element that keeps whatever HTML it holds (React
 * does not hydrate inside dangerouslySetInnerHTML); else one that holds the children. It takes no
 * box, so its children lay out as if it were not there.
 */
import type {CSSProperties, ReactNode} from 'react';

const NO_BOX: CSSProperties = {display: 'contents'};

export default function Kept({hydrating, children}: {hydrating: boolean; children: ReactNode}): ReactNode {
  // Two keys: React replaces the kept element (and the HTML in it) instead of adding children to it.
  return hydrating ? (
    <div key="kept" style={NO_BOX} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
  ) : (
    <div key="live" style={NO_BOX}>
      {children}
    </div>
  );
}
