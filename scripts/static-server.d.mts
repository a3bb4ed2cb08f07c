export interface StaticServer {
  /** Where the site is, ending in the base path and `/`. */
  url: string;
  /**
   * Every request answered, in order: `bytes` is the body sent (uncompressed: this server never
   * compresses), `file` the file it came from (absent for errors and redirects).
   */
  log: { url: string; status: number; bytes: number; file?: string }[];
  close(): Promise<void>;
}
export declare function serveStatic(options: {
  root: string;
  base?: string;
  port?: number;
}): Promise<StaticServer>;
