/**
 * The landing page: what the site teaches, the promise in one line, one real run as the picture
 * of "by running it" (chapter 1's three waits overlapped, the run the whole course starts from,
 * traced by the tests) and the course as a map. The map is src/components/ChapterList, fed the
 * docs' own sidebar and chapter descriptions (src/plugins/courseMap.ts): the same component and
 * data as the "All chapters" page, never a second list. Nothing here loads Pyodide or the editor.
 */
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {DocsSidebarProvider, DocsVersionProvider} from '@docusaurus/plugin-content-docs/client';
import courseMap from '@generated/course-map/default/course-map.json';
import ChapterList from '@site/src/components/ChapterList';
import Timeline from '@site/src/components/Timeline';
import type {Trace} from '@site/src/trace/types';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import overlapped from '@site/snippets/01-why-asyncio/three_waits_overlapped.trace.json';
import styles from './index.module.css';

/** The snippet whose traced run the page shows, relative to snippets/. */
const RUN = '01-why-asyncio/three_waits_overlapped.py';
const SIDEBAR = 'chapters';

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout title="Learn Python asyncio by running it" description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">{siteConfig.title}</Heading>
          <p className={styles.lead}>
            A course in Python&apos;s <code>asyncio</code> for anyone who doesn&apos;t quite get it yet: what an event loop
            is, what <code>await</code> really does, and why one slow call can freeze a whole program.
          </p>
          <p className={styles.promise} data-promise="">
            Every snippet is a program the tests run on CPython 3.10 to 3.13, and every output under it is what it printed.
          </p>
          <Link className={`button button--primary button--lg ${styles.start}`} to="/chapters/why-asyncio">
            Start with chapter 1: why asyncio
          </Link>
        </div>
      </header>
      <main className="container">
        <section className={styles.run} aria-labelledby="by-running-it">
          <Heading as="h2" id="by-running-it">
            By running it
          </Heading>
          <p>
            Three requests that each wait one second, started together with <code>asyncio.gather</code>: the whole
            program takes one second, not three. This is a real run, traced by the site&apos;s tests: each lane is a
            task, a bar is where it ran, a line is where it waited. Chapters draw runs like this one, and you can run
            their programs in the page and see your own.{' '}
            <Link to="/chapters/why-asyncio#see-it-happen">See it in chapter 1</Link>.
          </p>
          <Timeline file={RUN} trace={overlapped as Trace} />
        </section>
        {/* The parts are the map's headings (ChapterList draws them as h2). */}
        <section className={styles.map} aria-label="The course, part by part">
          <p className={styles.mapIntro}>
            The course, in order: foundations first (why programs wait, how computers share their time), then how
            asyncio works inside (Part I), then using it for real work (Part II). Each chapter builds on the ones
            before it, and says in one line what it gives you.
          </p>
          <DocsVersionProvider version={courseMap}>
            <DocsSidebarProvider name={SIDEBAR} items={courseMap.docsSidebars[SIDEBAR]}>
              <div className={styles.parts}>
                <ChapterList />
              </div>
            </DocsSidebarProvider>
          </DocsVersionProvider>
        </section>
      </main>
    </Layout>
  );
}
