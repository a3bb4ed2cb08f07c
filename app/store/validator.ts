import { setSyntaxWording, type ParsedDesign } from '../../src/yaml/parse.ts';
import type { applyFix } from '../../src/validate/fixes.ts';
import type { validateDesign } from '../../src/validate/index.ts';
import type { FIX_TITLES } from '../../src/validate/fix-titles.ts';
import type { Diagnostic, FixId } from '../../src/validate/types.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';

/** The validation core, once loaded: it is imported lazily to keep the first visit small. */
export interface Validator {
  validateDesign: typeof validateDesign;
  applyFix: typeof applyFix;
  fixTitles: typeof FIX_TITLES;
}

let loaded: Validator | null = null;
let loading: Promise<Validator> | null = null;

/** The validator if it has loaded, else `null`. */
export function validator(): Validator | null {
  return loaded;
}

/**
 * What a quick fix does, in words (src/validate/fix-titles.ts). The titles come with the
 * validator, as the diagnostics that offer a fix do; the fix's id stands in before that.
 */
export function fixTitle(fix: FixId): string {
  return loaded?.fixTitles[fix] ?? fix;
}

/** Loads the validator (once); resolves with it. */
export function loadValidator(): Promise<Validator> {
  loading ??= Promise.all([
    import('../../src/validate/index.ts'),
    import('../../src/validate/fixes.ts'),
    import('../../src/yaml/syntax-words.ts'),
  ]).then(([index, fixes, words]) => {
    // Syntax errors in plain words come with the validator, not with the page: until then they
    // read as the YAML library says them. The store parses again when it revalidates.
    setSyntaxWording(words.syntaxWords);
    loaded = {
      validateDesign: index.validateDesign,
      applyFix: fixes.applyFix,
      fixTitles: fixes.FIX_TITLES,
    };
    return loaded;
  });
  return loading;
}

/**
 * Loads the validator in the background, then validates `store`'s design. Until then diagnostics
 * are `null` and the editor shows the YAML problems. (Stores created after it loaded validate
 * from the start.)
 */
export function startValidation(store: { getState: () => { revalidate: () => void } }): void {
  loadValidator().then(
    () => store.getState().revalidate(),
    (err: unknown) => console.error('The validator failed to load:', err),
  );
}

/**
 * The diagnostics of a parse for a version, or `null` while the validator has not loaded. A rule
 * that throws must not stop the text from updating: it is logged and the design shows no
 * diagnostics rather than wrong ones.
 */
export function diagnose(parsed: ParsedDesign, k8s: K8sVersion): Diagnostic[] | null {
  if (!loaded) return null;
  try {
    return loaded.validateDesign(parsed, { k8s });
  } catch (err) {
    console.error('Validation failed:', err);
    return null;
  }
}
