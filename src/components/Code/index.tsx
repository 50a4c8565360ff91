/**
 * A block of code or output as the site shows it (./Block.tsx), in the colours of the two themes
 * the site configures for code.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ReactNode} from 'react';
import CodeBlock, {type Props} from './Block';
import type {PrismTheme} from './highlight';

/** The themes the site configures for code (themeConfig.prism), light and dark (the light one if it names no dark one, as Docusaurus does). */
export function useCodeThemes(): {light: PrismTheme; dark: PrismTheme} {
  const {prism} = useDocusaurusContext().siteConfig.themeConfig as {prism: {theme: PrismTheme; darkTheme?: PrismTheme}};
  return {light: prism.theme, dark: prism.darkTheme ?? prism.theme};
}

export default function Code(props: Props): ReactNode {
  return <CodeBlock {...props} themes={useCodeThemes()} />;
}
