/**
 * Wraps the theme's Mermaid component in a figure whose caption and description are in the
 * server-rendered HTML, from the diagram's own accTitle/accDescr. Mermaid draws in the browser
 * only, so without this a reader without JavaScript (or a search engine) would get nothing.
 *
 * The figure also reserves the space the drawing will take (measured by `npm run
 * diagrams:measure` into src/diagram-sizes.json), so nothing below it jumps when it appears and a
 * link to a section further down lands on that section.
 *
 * A diagram is drawn only when it comes within a screen or so of the window: drawing is the
 * costliest thing a page does (about a second of main-thread time per page on a mid-range phone),
 * and a reader who never scrolls to a diagram, or jumps past it, should not pay for it. Mermaid's
 * code itself is fetched only when the first diagram is drawn (src/plugins/mermaidChunk).
 */
import type {WrapperProps} from '@docusaurus/types';
import sizes from '@site/src/diagram-sizes.json';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import {diagramKey, diagramText, reservedStyle, type DiagramSizes} from '../diagramText';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/** Whether the element has come within about a screen of the window (and stays true after). */
function useNearWindow(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      {rootMargin: '100% 0px'},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}

export default function MermaidWrapper(props: Props): ReactNode {
  const {title, description} = diagramText(props.value);
  const key = diagramKey(props.value);
  const size = (sizes as DiagramSizes)[key];
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearWindow(frame);

  return (
    <figure className={styles.diagram} data-mermaid="" data-diagram-key={key}>
      <div
        ref={frame}
        className={styles.frame}
        style={size && reservedStyle(size)}
        data-reserved={size && `${size.fluid ? 'fluid' : size.width}x${size.height}`}>
        {near && <Mermaid {...props} />}
      </div>
      <figcaption className={styles.caption}>
        {title && <span className={styles.title}>{title}</span>}
        {description && <span className={styles.description}> {description}</span>}
      </figcaption>
    </figure>
  );
}
