// The `podsmith` command. Built into dist-cli/podsmith.mjs by `npm run build` (vite.cli.config.ts)
// because Node cannot run the TypeScript sources; bin/podsmith.mjs runs it.
import { parseArgs } from './args.ts';
import { runDiagram } from './diagram.ts';
import { runExport } from './export.ts';
import { helpText } from './help.ts';
import { runImport } from './import.ts';
import { nodeIO, type CliIO } from './io.ts';
import { runInspect } from './inspect.ts';
import { runLint } from './lint.ts';
import { setSyntaxWording } from '../yaml/parse.ts';
import { syntaxWords } from '../yaml/syntax-words.ts';

// Size does not matter here: syntax errors are put in plain words from the start.
setSyntaxWording(syntaxWords);

export { diagram } from './diagram.ts';
export { inspect } from './inspect.ts';
export { lint } from './lint.ts';
export { measureLint } from './profile.ts';

/**
 * Runs one command line (`argv` without node and the script) and returns the exit code:
 * 0 success (lint: no errors), 1 lint found errors, or the file of inspect, diagram or export is
 * not valid YAML (or goes past a limit), or diagram's file holds no workload, or import's file is
 * not HCL or yields no Kubernetes object, 2 a usage or I/O failure (export and import: also a
 * file that is already there, without --force).
 */
export async function main(argv: readonly string[], io: CliIO = nodeIO()): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    const help = args.topic ? `podsmith ${args.topic} --help` : 'podsmith --help';
    io.stderr(`podsmith: ${args.error}\nRun "${help}" for usage.\n`);
    return 2;
  }
  const { invocation } = args;
  try {
    switch (invocation.command) {
      case 'help':
        io.stdout(helpText(invocation.topic));
        return 0;
      case 'lint':
        return await runLint(invocation.options, io);
      case 'inspect':
        return await runInspect(invocation.options, io);
      case 'diagram':
        return await runDiagram(invocation.options, io);
      case 'export':
        return await runExport(invocation.options, io);
      case 'import':
        return await runImport(invocation.options, io);
    }
  } catch (error) {
    // A bug, not a finding: say so, and never pass for a clean run.
    io.stderr(
      `podsmith: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    return 2;
  }
}
