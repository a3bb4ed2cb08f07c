export interface StaticServer {
  /** Where the site is, ending in the base path and `/`. */
  url: string;
  /** Every request answered, in order. */
  log: { url: string; status: number }[];
  close(): Promise<void>;
}
export declare function serveStatic(options: {
  root: string;
  base?: string;
  port?: number;
}): Promise<StaticServer>;
