/**
 * Prism's core, loaded after ./manual.ts, and left where Prism's language files look for it (they
 * add themselves to a global `Prism`).
 */
import './manual';
import Prism from 'prismjs/components/prism-core';

(globalThis as {Prism?: object}).Prism = Prism;

export default Prism;
