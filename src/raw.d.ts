/** Files imported as text through the bundler (src/plugins/snippetSources.ts): `import x from './a.py?raw'`. */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** Python files bundled into the page's worker as text (src/plugins/pyodideAssets.ts). */
declare module '*.py' {
  const text: string;
  export default text;
}

/** Prism's core alone, without the languages its main file loads (src/components/Code/prism). */
declare module 'prismjs/components/prism-core' {
  import Prism from 'prismjs';
  export default Prism;
}
