export declare const INITIAL_JS_BUDGET_GZIP: number;
export declare function gzipSize(buffer: Uint8Array): number;
export interface SizedFile {
  /** Path relative to the build folder. */
  file: string;
  bytes: number;
  gzip: number;
}
export declare function measureInitialJs(distDir: string): {
  files: SizedFile[];
  bytes: number;
  gzip: number;
};
export declare function measureDist(distDir: string): { bytes: number; files: number };
