/**
 * Wraps the theme's Mermaid component in a figure whose caption and description are in the
 * server-rendered HTML, from the diagram's own accTitle/accDescr. Mermaid draws in the browser
 * only, so without this a reader without JavaScript (or a search engine) would get nothing.
 */
import type {WrapperProps} from '@docusaurus/types';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {ReactNode} from 'react';
import {diagramText} from '../diagramText';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

export default function MermaidWrapper(props: Props): ReactNode {
  const {title, description} = diagramText(props.value);
  return (
    <figure className={styles.diagram}>
      <Mermaid {...props} />
      <figcaption className={styles.caption}>
        {title && <span className={styles.title}>{title}</span>}
        {description && <span className={styles.description}> {description}</span>}
      </figcaption>
    </figure>
  );
}
