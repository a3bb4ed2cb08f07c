/** A multi-document YAML text of exactly `documents` documents (default 1,000) for the lint bench. */
export declare function lintWorkload(documents?: number): string;
