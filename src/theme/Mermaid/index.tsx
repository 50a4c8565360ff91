/**
 * Wraps the theme's Mermaid component in a figure whose caption and description are in the
 * server-rendered HTML, from the diagram's own accTitle/accDescr. Mermaid draws in the browser
 * only, so without this a reader without JavaScript (or a search engine) would get nothing.
 *
 * The figure also reserves the space the drawing will take (measured by `npm run
 * diagrams:measure` into src/diagram-sizes.json), so nothing below it jumps when it appears and a
 * link to a section further down lands on that section.
 */
import type {WrapperProps} from '@docusaurus/types';
import sizes from '@site/src/diagram-sizes.json';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {ReactNode} from 'react';
import {diagramKey, diagramText, reservedStyle, type DiagramSizes} from '../diagramText';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

export default function MermaidWrapper(props: Props): ReactNode {
  const {title, description} = diagramText(props.value);
  const key = diagramKey(props.value);
  const size = (sizes as DiagramSizes)[key];

  return (
    <figure className={styles.diagram} data-mermaid="" data-diagram-key={key}>
      <div
        className={styles.frame}
        style={size && reservedStyle(size)}
        data-reserved={size && `${size.fluid ? 'fluid' : size.width}x${size.height}`}>
        <Mermaid {...props} />
      </div>
      <figcaption className={styles.caption}>
        {title && <span className={styles.title}>{title}</span>}
        {description && <span className={styles.description}> {description}</span>}
      </figcaption>
    </figure>
  );
}
