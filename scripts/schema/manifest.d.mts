/** The repository root. */
export declare const ROOT: string;
/** The generator's own package: scripts/schema, with its pinned dependencies. */
export declare const GENERATOR_DIR: string;
/** Where the generated files go: src/validate/schema. */
export declare const OUT_DIR: string;
/** The manifest's file name, in OUT_DIR. */
export declare const MANIFEST: string;
/** The files, besides the pinned packages, that decide what the generator writes. */
export declare const GENERATOR_INPUTS: readonly string[];
/** sha256 (hex) of a text, with CRLF read as LF. */
export declare function sha256(text: string): string;

/** What src/validate/schema/source.json holds. */
export interface Manifest {
  about: string;
  /** The versions of the packages the output comes from. */
  packages: Record<string, string>;
  /** sha256 of each GENERATOR_INPUTS file when the output was generated. */
  generator: Record<string, string>;
  /** sha256 of each generated file in OUT_DIR, by name. */
  files: Record<string, string>;
  /** The kinds kubernetes-models has under each GA apiVersion (`<Kind>List` left out), sorted. */
  gaKinds: Record<string, string[]>;
}
