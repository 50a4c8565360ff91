/**
 * The Prism that highlights the site's code (../highlight.ts): its core and Python, the one
 * language the site's pages show, and nothing else. Docusaurus's own highlighter,
 * prism-react-renderer, bundles Prism with a dozen languages (JSX, Swift, GraphQL, ...) that every
 * page then sets up as it loads: about a third of the time the browser spent evaluating the
 * site's main script. The site's bundles take this module in its place
 * (src/plugins/codeHighlighting.ts), and src/theme/CodeBlock keeps Docusaurus's code block, the
 * one other user, out of them. test/codeHighlight.test.ts checks that every snippet comes out in
 * the colours prism-react-renderer would give it.
 */
import Prism from './core';
import 'prismjs/components/prism-python';

export {Prism};
