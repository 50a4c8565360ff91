/**
 * Debian's Chromium, driven by playwright-core. Nothing here downloads a browser: if Chromium is
 * missing, the caller gets an error that says how to install it.
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a browser check waits for a state it needs (the page loaded, the theme switched, a
 * diagram drawn, results listed) before it reports that the state never came. Every wait is for a
 * state, never for a time, so a slow or busy machine only makes the checks slower: this deadline
 * is long enough for that and only a page that is really broken waits it out.
 */
export const STATE_DEADLINE_MS = 60_000;

/** Without these, Chromium keeps calling home on a closed network and as root refuses to start. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Tests run offline: Chromium resolves no host name but the loopback address the test server is
 * on, so a page that asks another origin for something fails at once (and the tests report it)
 * instead of waiting on the network.
 */
const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS], headless: true});
}
