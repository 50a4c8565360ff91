/**
 * Read by Prism as it loads (./core.ts): it must not highlight the page by itself. Left to itself
 * in a browser, Prism re-highlights every `language-*` block once the page has loaded, the site's
 * own blocks included; in a worker, it would listen to the worker's messages.
 */
(globalThis as {Prism?: object}).Prism = {manual: true, disableWorkerMessageHandler: true};

export {};
