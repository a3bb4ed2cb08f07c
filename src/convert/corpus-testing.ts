// The designs every export is tested on: the gallery's templates and the edit tests' texts in the
// styles people paste (anchors, four-space indents, CRLF, fields no schema knows), the starter with
// each sidecar preset added (as a native and as a classic sidecar, sharing a volume), and the valid
// fixtures of the validator's golden corpus (src/validate/__fixtures__/valid, the files
// fixtures.test.ts holds clean).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addPreset } from '../edit/preset.ts';
import { STARTING_TEXTS } from '../edit/testing/fixtures.ts';
import { SIDECAR_PRESETS } from '../templates/presets.ts';
import { STARTER_YAML } from '../templates/starter.ts';

export interface CorpusDesign {
  name: string;
  text: string;
}

const validDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../validate/__fixtures__/valid',
);

/** Every design of the corpus, named for test titles. */
export function exportCorpus(): CorpusDesign[] {
  const fixtures = fs
    .readdirSync(validDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `fixture ${f}`, text: fs.readFileSync(path.join(validDir, f), 'utf8') }));
  const presets = SIDECAR_PRESETS.flatMap((preset) =>
    (['native-sidecar', 'sidecar'] as const).map((role) => ({
      name: `preset ${preset.id} as ${role}`,
      text: addPreset(STARTER_YAML, { document: 0, preset, role, sharedVolume: true }),
    })),
  );
  return [...STARTING_TEXTS, ...presets, ...fixtures];
}
