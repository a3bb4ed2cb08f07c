/** Where the generated files go (src/validate/schema). */
export declare const OUT_DIR: string;
/** The kinds checked against the schema, with the apiVersion each is served under. */
export declare const KINDS: readonly { kind: string; apiVersion: string; module: string }[];
/** Every generated file, by name, with its contents. */
export declare function generate(): Record<string, string>;
