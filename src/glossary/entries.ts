/**
 * The glossary page's content, made at build time from the data file (src/glossary/terms.ts) and
 * the chapters' headings: the entries in alphabetical order, each with the chapters and sections
 * that teach it and its related entries. Node only (src/plugins/glossary.ts passes the result to
 * the page, src/components/Glossary).
 */
import {chapterSections, taughtIn} from './sections';
import {GLOSSARY, type GlossaryTerm} from './terms';

/** A link to a section that teaches a term, named as the page shows it. */
export interface TaughtInLink {
  /** "/chapters/tasks-and-futures#create-task" */
  url: string;
  /** "Chapter 10, Tasks and futures" */
  chapter: string;
  /** "create_task schedules, it does not run" */
  section: string;
}

/** One entry of the glossary page. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** One to three sentences; `code` in backticks. */
  definition: string;
  taughtIn: TaughtInLink[];
  see: {id: string; term: string}[];
}

/** The order of the page: by the term's letters, case and punctuation aside ("asyncio.run" under A). */
export const alphabetical = (a: GlossaryTerm, b: GlossaryTerm): number =>
  a.term.localeCompare(b.term, 'en', {sensitivity: 'base', ignorePunctuation: true}) || a.id.localeCompare(b.id);

/**
 * The entries of the page, alphabetical, and a line for each problem: a `teaches` link to a
 * section that does not exist, a `see` naming no entry, an id used twice.
 */
export function glossaryEntries(siteDir: string, terms: GlossaryTerm[] = GLOSSARY): {entries: GlossaryEntry[]; problems: string[]} {
  const chapters = chapterSections(siteDir);
  const problems: string[] = [];
  const byId = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    if (byId.has(term.id)) problems.push(`glossary: the id "${term.id}" is used by two terms`);
    byId.set(term.id, term);
  }
  const entries = [...terms].sort(alphabetical).map((term) => {
    const links = taughtIn(term, chapters, problems).map(({url, chapter, section}) => ({
      url,
      chapter: chapter.number === undefined ? chapter.title : `Chapter ${chapter.number}, ${chapter.title}`,
      section: section.title,
    }));
    if (term.teaches.length === 0) problems.push(`glossary "${term.id}": no section teaches it (teaches is empty)`);
    const see = (term.see ?? []).flatMap((id) => {
      const other = byId.get(id);
      if (!other || id === term.id) problems.push(`glossary "${term.id}": see "${id}" is not another entry`);
      return other && id !== term.id ? [{id, term: other.term}] : [];
    });
    return {id: term.id, term: term.term, definition: term.definition, taughtIn: links, see};
  });
  return {entries, problems};
}
