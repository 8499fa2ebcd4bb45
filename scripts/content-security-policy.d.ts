export type PageKind = 'office' | 'playground' | 'help';
/** The Content-Security-Policy text of a kind of page. */
export function contentSecurityPolicy(kind: PageKind): string;
/** Where office.js comes from: the only other origin an Office page loads from. */
export const OFFICE_JS_HOST: string;
