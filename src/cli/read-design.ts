import { parseDesign, parsedOk, type ParsedDesign } from '../yaml/parse.ts';
import type { CliIO } from './io.ts';
import { STDIN_NAME } from './lint.ts';

/**
 * Reads the one file (`-`: standard input) a command works on, with the name to show for it; a
 * file that cannot be read is reported, and answered with exit code 2.
 */
export async function readInput(
  file: string,
  io: CliIO,
): Promise<{ text: string; name: string } | { exit: 2 }> {
  const name = file === '-' ? STDIN_NAME : file;
  try {
    return { text: file === '-' ? await io.readStdin() : await io.readFile(file), name };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`podsmith: cannot read ${name}: ${reason}\n`);
    return { exit: 2 };
  }
}

/**
 * Reads and parses the one file (`-`: standard input) a command such as `inspect` or `diagram`
 * works on. A file that cannot be read is reported and answered with exit code 2; one that is not
 * valid YAML or goes past a limit with its problems, as `podsmith lint` prints them, and exit
 * code 1: a command must not answer for part of a design. `verb` says what could not be done
 * ("inspect", "draw").
 */
export async function readDesign(
  file: string,
  io: CliIO,
  verb: string,
): Promise<{ parsed: ParsedDesign; name: string } | { exit: 1 | 2 }> {
  const input = await readInput(file, io);
  if ('exit' in input) return input;
  const { text, name } = input;
  const parsed = parseDesign(text);
  if (!parsedOk(parsed)) {
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    const why = errors.some((p) => p.ruleId === 'yaml-limit')
      ? 'it goes past a limit Podsmith sets'
      : 'it is not valid YAML';
    io.stderr(
      `podsmith: cannot ${verb} ${name}: ${why}\n` +
        errors
          .map((p) => `${name}:${p.line}:${p.column} error ${p.ruleId} ${p.message}\n`)
          .join(''),
    );
    return { exit: 1 };
  }
  return { parsed, name };
}
