/**
 * A block under a code block with a small heading and a coloured edge: an output the page shows,
 * what an exercise should print, what the reader's own run printed. One look for all three.
 */
import clsx from 'clsx';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The heading, also the section's name for screen readers unless `ariaLabel` says otherwise. */
  label: string;
  ariaLabel?: string;
  /** The edge's colour: what the page shows, what it should be, what the reader ran. */
  tone: 'shown' | 'target' | 'yours';
  children: ReactNode;
  /** data-* attributes for the tests. */
  data?: Record<`data-${string}`, string>;
}

export default function Labelled({label, ariaLabel, tone, children, data}: Props): ReactNode {
  return (
    <section className={clsx(styles.labelled, styles[tone])} aria-label={ariaLabel ?? label} {...data}>
      <div className={styles.label}>{label}</div>
      {children}
    </section>
  );
}

/** The class a Code block inside takes: flush with the edge, no shadow of its own. */
export const inner = styles.inner;
