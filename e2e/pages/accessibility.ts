import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 A and AA rules, plus axe's best practices (only serious ones fail). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The impacts that fail a test: the ones that stop or badly hinder someone (issue 7). */
const FAILING = new Set(['serious', 'critical']);

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** How the focused element shows its focus, as the browser computed it. */
export interface FocusStyle {
  /** What has the focus: tag, accessible name or text, for failure messages. */
  element: string;
  outline: string;
  boxShadow: string;
  /** True when an outline or a box-shadow is drawn. */
  visible: boolean;
}

/**
 * Accessibility checks as a page sees them: axe-core over a part of the page, and how the element
 * with the focus shows it.
 */
export class AccessibilityPage {
  constructor(readonly page: Page) {}

  /**
   * Runs axe over `scope` (a CSS selector; the whole page by default) and fails on any serious or
   * critical violation, naming each rule, what it means and the elements it found, so a failure
   * reads without a trace.
   */
  async expectNoSeriousViolations(what: string, scope?: string): Promise<void> {
    let axe = new AxeBuilder({ page: this.page }).withTags(AXE_TAGS);
    if (scope) {
      await expect(this.page.locator(scope).first(), `${what}: ${scope} is shown`).toBeVisible();
      axe = axe.include(scope);
    }
    const { violations } = await axe.analyze();
    const serious = violations.filter((v) => FAILING.has(v.impact ?? '')).map(describe);
    expect(serious, `${what}: serious or critical axe-core violations`).toEqual([]);
  }

  /** The focus style of the element that has the focus now. */
  focusStyle(): Promise<FocusStyle> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body)
        return { element: 'nothing', outline: '', boxShadow: '', visible: false };
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadowed = style.boxShadow !== 'none';
      const labels = 'labels' in el ? (el.labels as NodeListOf<HTMLLabelElement> | null) : null;
      const name = (
        el.getAttribute('aria-label') ??
        // innerText: the label's words as shown (a toolbar label has a short and a long form).
        labels?.[0]?.innerText ??
        el.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 60);
      return {
        element: `<${el.tagName.toLowerCase()}> ${name}`,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        visible: outlined || shadowed,
      };
    });
  }
}

/** "rule (impact): help — target, target" and the first reason axe gives. */
function describe(v: Violation): string {
  const targets = v.nodes.map((n) => n.target.join(' ')).join(', ');
  const why = v.nodes[0]?.failureSummary?.split('\n').slice(0, 2).join(' ').trim() ?? '';
  return `${v.id} (${v.impact}): ${v.help} — ${targets}. ${why}`;
}
