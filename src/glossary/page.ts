/** Where the glossary page is and how it is marked: shared by the page, search and the tests. */

/** The page's address, relative to the base path. */
export const GLOSSARY_ROUTE = '/glossary';

/** The class of the page's <html>: search indexes its entries six to a record, each at its anchor (src/search/records.ts). */
export const GLOSSARY_PAGE_CLASS = 'glossary-page';
