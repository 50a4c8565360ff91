/**
 * Starts, once per test run, the builds the "site" tests inspect: the real site under a non-root
 * base path, then a fixture site with deliberately broken pages (to prove the browser checks catch
 * them). The builds run in the background, one after the other, while the tests that need no
 * build go ahead; a site test waits for its build with builtSite(). Concurrent builds of two sites
 * used to corrupt Docusaurus's shared bundler cache, so they stay sequential. The folders are
 * removed when the run ends.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {BASE, SITE_URL, buildSite, doneMarker, failedMarker} from './build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuild: string;
    brokenBuild: string;
  }
}

export default function setup(project: TestProject): () => Promise<void> {
  const env = {BASE_URL: BASE, SITE_URL};
  const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
  const siteBuild = folder();
  const brokenBuild = folder();
  const build = async (outDir: string, siteDir?: string) => {
    try {
      // The real site is built as it is published; the fixture needs no minifying.
      await buildSite(env, outDir, siteDir, {minify: !siteDir});
      fs.writeFileSync(doneMarker(outDir), '');
    } catch (error) {
      fs.writeFileSync(failedMarker(outDir), (error as Error).message);
    }
  };
  const builds = build(siteBuild).then(() => build(brokenBuild, 'test/fixtures/broken-site'));
  project.provide('siteBuild', siteBuild);
  project.provide('brokenBuild', brokenBuild);
  return async () => {
    await builds;
    for (const dir of [siteBuild, brokenBuild]) {
      for (const file of [dir, doneMarker(dir), failedMarker(dir)]) fs.rmSync(file, {recursive: true, force: true});
    }
  };
}
