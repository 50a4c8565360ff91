/**
 * npm run urls:update
 *
 * Builds the site and adds every public address it has (pages and section anchors) to
 * test/published-urls.txt. It only ever adds: an address, once published, stays in the list, and
 * the tests fail if it stops working. To move content, add a redirect (or keep the old anchor as
 * an id on the page) rather than deleting the line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildSiteInto} from '../site/build';
import {PUBLISHED_URLS_FILE, publicUrls, readPublishedUrls} from '../site/publicUrls';

const ROOT = path.resolve(__dirname, '../..');
const HEADER = `# Every public address of the site, relative to its base path. Maintained by
# "npm run urls:update", which only adds. The tests fail when one stops working: move content
# with a redirect (plugin-client-redirects in docusaurus.config.ts) or keep an old anchor as an id.
`;

function main(): void {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'update-urls-'));
  try {
    buildSiteInto(outDir);
    const file = path.join(ROOT, PUBLISHED_URLS_FILE);
    const before = readPublishedUrls(file);
    const now = publicUrls(outDir, '/');
    const added = now.filter((url) => !before.includes(url));
    const all = [...new Set([...before, ...now])].sort();
    fs.writeFileSync(file, HEADER + all.join('\n') + '\n');
    for (const url of added) console.log(`+ ${url}`);
    console.log(`${PUBLISHED_URLS_FILE}: ${all.length} addresses, ${added.length} new`);
  } finally {
    fs.rmSync(outDir, {recursive: true, force: true});
  }
}

main();
