import { useRef, type KeyboardEvent } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: readonly TabDef<T>[];
  selected: T;
  onSelect: (tab: T) => void;
  /** The tablist's accessible name. */
  label: string;
  /** The id of each tab button (its panel is labelled by it). */
  tabId: (tab: T) => string;
  /** The id of the tab panel the tabs control. */
  panelId: string;
  className: string;
  tabClassName: string;
}

/**
 * A WAI-ARIA tab list: one tab in the Tab order (the selected one), arrow keys move between tabs
 * and select them.
 */
export function TabStrip<T extends string>(props: Props<T>) {
  const { tabs, selected, onSelect } = props;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className={props.className} role="tablist" aria-label={props.label}>
      {tabs.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="tab"
          id={props.tabId(t.id)}
          aria-selected={selected === t.id}
          aria-controls={props.panelId}
          tabIndex={selected === t.id ? 0 : -1}
          className={props.tabClassName}
          onClick={() => onSelect(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
