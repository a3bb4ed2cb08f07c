import { useRef } from 'react';
import './section-nav.css';

/**
 * Links to the sections of a long form, at its top. Keyboard users reach a section (Probes, say)
 * in a few presses instead of Tabbing through every field before it: the link opens the section
 * when it is collapsed and moves the focus to its heading, from where Tab enters its fields.
 */
export function SectionNav({ titles }: { titles: readonly string[] }) {
  const nav = useRef<HTMLElement>(null);
  const jump = (title: string) => {
    const form = nav.current?.closest('form');
    const section = [...(form?.querySelectorAll('details.form-section') ?? [])].find(
      (details) => details.querySelector(':scope > summary h3')?.textContent === title,
    ) as HTMLDetailsElement | undefined;
    if (!section) return;
    section.open = true;
    section.querySelector('summary')?.focus();
  };
  return (
    <nav ref={nav} className="section-nav" aria-label="Jump to a section">
      <span className="section-nav-label" aria-hidden="true">
        Jump to
      </span>
      <ul>
        {titles.map((title) => (
          <li key={title}>
            <button type="button" className="section-link" onClick={() => jump(title)}>
              {title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
