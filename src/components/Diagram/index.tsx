/**
 * A diagram as the page shows it: the drawings `npm run diagrams:render` made of it ahead of time,
 * one for each colour mode (CSS shows the one that matches `data-theme`, which the navbar toggle
 * and the reader's system both set), and a caption with its title and description, which are also
 * what screen readers read. Plain images: no JavaScript draws anything, so a diagram is there
 * with JavaScript off, costs a page nothing until it nears the window, and takes its space (its
 * width and height are known) before it arrives. The remark plugin in src/remark writes this.
 */
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The drawings' key: static/diagrams/KEY-light.svg and KEY-dark.svg. */
  drawing: string;
  /** The drawing's size in CSS pixels. */
  width: number;
  height: number;
  /** The narrowest it may be shown with its smallest label 12 px tall; narrower screens scroll it. */
  readableWidth: number;
  title?: string;
  description?: string;
}

export default function Diagram({drawing, width, height, readableWidth, title, description}: Props): ReactNode {
  const light = useBaseUrl(`/diagrams/${drawing}-light.svg`);
  const dark = useBaseUrl(`/diagrams/${drawing}-dark.svg`);
  const image = (src: string, className: string) => (
    <img
      className={clsx(styles.drawing, className)}
      src={src}
      width={width}
      height={height}
      style={{minWidth: `${readableWidth}px`}}
      alt={title ?? ''}
      loading="lazy"
      decoding="async"
    />
  );
  return (
    <figure className={styles.diagram} data-diagram={drawing} data-readable-width={readableWidth}>
      {/* Scrolls sideways where the column is narrower than the drawing can shrink to. */}
      <div className={styles.frame} tabIndex={0} role="group" aria-label={title ? `Diagram: ${title}` : 'Diagram'}>
        {image(light, styles.light)}
        {image(dark, styles.dark)}
      </div>
      <figcaption className={styles.caption}>
        {title && <span className={styles.title}>{title}</span>}
        {description && <span className={styles.description}> {description}</span>}
      </figcaption>
    </figure>
  );
}
