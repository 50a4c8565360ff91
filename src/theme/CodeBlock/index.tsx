/**
 * Docusaurus's code block, for code written into a page rather than included from snippets/ (the
 * site's chapters have none: every fence is a snippet, src/remark/snippetInclude.ts). Code given as
 * text is drawn by the site's own block (src/components/Code), so that no page ships Docusaurus's
 * highlighter; code given as elements (`<pre><code><span>...`) is shown as it is, as Docusaurus
 * shows it.
 */
import ElementContent from '@theme/CodeBlock/Content/Element';
import {Children, isValidElement, type ReactNode} from 'react';
import Code from '../../components/Code';

interface Props {
  children?: ReactNode;
  className?: string;
  language?: string;
  title?: ReactNode;
}

export default function CodeBlock({children, className, language, title}: Props): ReactNode {
  if (Children.toArray(children).some((child) => isValidElement(child))) return <ElementContent className={className}>{children}</ElementContent>;
  const text = Children.toArray(children).join('');
  const lang = language ?? /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1] ?? 'text';
  return <Code code={text} language={lang} title={typeof title === 'string' ? title : undefined} />;
}
