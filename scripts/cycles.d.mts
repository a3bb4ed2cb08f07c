/** Every source file under `dirs` (relative to `root`), skipping dependencies and builds. */
export function sourceFiles(root: string, dirs: readonly string[]): string[];
/** The relative modules `file` imports at load time, resolved to files that exist. */
export function runtimeImports(file: string, text?: string): string[];
/** The import cycles among `files`, each as a path that starts and ends at the same file. */
export function findCycles(
  files: readonly string[],
  importsOf?: (file: string) => string[],
): string[][];
