import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDesign, inspectDesign } from '../analysis/inspect.ts';
import { inspect } from '../cli/inspect.ts';
import { inspectText } from '../cli/inspect-text.ts';
import { PROPERTY_TIMEOUT, runs } from '../edit/testing/fixtures.ts';
import { designView } from '../pod/view.ts';
import { validateDesign } from '../validate/index.ts';
import { K8S_VERSIONS } from '../validate/versions.ts';
import { parseDesign } from '../yaml/parse.ts';
import { anyText } from './corpus.ts';
import {
  analysisProblems,
  diagnosticProblems,
  inspectProblems,
  KNOWN_MISCOUNTED,
  linesCounted,
  viewProblems,
} from './wellformed.ts';

const version = fc.constantFrom(...K8S_VERSIONS);

describe('the core, fed random and damaged manifests', () => {
  // yaml's own line counter missed a newline here, so every later position was off: lines are
  // now counted from the text (src/yaml/parse.ts).
  it('counts every line of a text where error recovery swallows a newline', () => {
    expect(linesCounted(parseDesign(KNOWN_MISCOUNTED))).toBe(true);
  });

  it(
    'parses, views, validates, analyses and inspects without throwing, every result well-formed',
    () => {
      fc.assert(
        fc.property(anyText, version, (text, k8s) => {
          const parsed = parseDesign(text);
          const view = designView(parsed);
          const diagnostics = validateDesign(parsed, { k8s });
          const analysis = analyseDesign(parsed, { k8s });
          const report = inspectDesign(parsed, { k8s });
          expect([
            ...diagnosticProblems(parsed, diagnostics),
            ...viewProblems(parsed, view),
            ...analysisProblems(view, analysis),
            ...inspectProblems(view, report),
          ]).toEqual([]);
          // The CLI's own entry gives the same report, and its text form prints every workload.
          expect(inspect(text, { k8s })).toEqual(report);
          const words = inspectText(analysis, 'design.yaml');
          expect(words).not.toMatch(/\bundefined\b|\[object Object\]/);
          for (const w of report.workloads) expect(words).toContain(w.kind);
        }),
        { numRuns: runs(120) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reports a YAML problem exactly when the text does not parse (or says what else the text is)',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const parsed = parseDesign(text);
          const errors = validateDesign(parsed).filter((d) => d.severity === 'error');
          const broken = parsed.problems.some((p) => p.severity === 'error');
          // A text recognised as something else (Terraform, a Helm template) is named as such
          // instead of listing its YAML errors.
          const named = errors.some((d) => d.ruleId === 'text-format');
          const yaml = errors.filter((d) => d.ruleId.startsWith('yaml-'));
          if (named) expect(yaml.filter((d) => d.ruleId !== 'yaml-limit')).toEqual([]);
          else expect(yaml.length > 0).toBe(broken);
          // A document that failed has no value: nothing past the parser reads it.
          parsed.documents.forEach((doc, i) => {
            if (doc.errors.length) expect(parsed.values[i]).toBeUndefined();
          });
        }),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
