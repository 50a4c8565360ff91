/**
 * The glossary page (/glossary), drawn from the entries src/plugins/glossary.ts makes at build
 * time from src/glossary/terms.ts: every term the course teaches, in alphabetical order, each a
 * heading with a stable id (/glossary#event-loop) followed by its definition, the sections that
 * teach it and related entries. Chapters link the first use of each term here.
 */
import Link from '@docusaurus/Link';
import {HtmlClassNameProvider} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {GlossaryEntry} from '../../glossary/entries';
import {GLOSSARY_PAGE_CLASS, GLOSSARY_ROUTE} from '../../glossary/page';
import styles from './styles.module.css';

/** Text with `code` in backticks, as React nodes. */
function Prose({text}: {text: string}): ReactNode {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function Entry({entry}: {entry: GlossaryEntry}): ReactNode {
  return (
    <section className={styles.entry} data-glossary-entry={entry.id}>
      <Heading as="h2" id={entry.id}>
        {entry.term}
      </Heading>
      <p data-glossary-definition>
        <Prose text={entry.definition} />
      </p>
      <p className={styles.label} id={`${entry.id}-taught-in`}>
        Taught in
      </p>
      <ul className={styles.taught} aria-labelledby={`${entry.id}-taught-in`}>
        {entry.taughtIn.map((link) => (
          <li key={link.url}>
            <Link to={link.url}>
              {link.chapter}: {link.section}
            </Link>
          </li>
        ))}
      </ul>
      {entry.see.length > 0 && (
        <p className={styles.see}>
          See also:{' '}
          {entry.see.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <Link to={`${GLOSSARY_ROUTE}#${other.id}`}>{other.term}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

export default function Glossary({entries}: {entries: GlossaryEntry[]}): ReactNode {
  return (
    <HtmlClassNameProvider className={GLOSSARY_PAGE_CLASS}>
      <Layout title="Glossary" description="Every term this course teaches about asyncio, from event loop to back-pressure, defined in a few sentences with links to the sections that teach it.">
        <main className="container margin-vert--lg">
          <div className="row">
            <article className="col col--8 col--offset-2">
              <div className="markdown">
                <Heading as="h1">Glossary</Heading>
                <p>
                  The words this course uses for asyncio and the ideas behind it, each in a few sentences, with links to the sections that
                  teach it by running code. In the chapters, the first use of a term links here.
                </p>
                <nav aria-label="Terms" className={styles.index}>
                  {entries.map((entry, i) => (
                    <span key={entry.id}>
                      {i > 0 && ' · '}
                      <Link to={`${GLOSSARY_ROUTE}#${entry.id}`}>{entry.term}</Link>
                    </span>
                  ))}
                </nav>
                {entries.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </div>
            </article>
          </div>
        </main>
      </Layout>
    </HtmlClassNameProvider>
  );
}
