import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectTheme, THEMES } from '../store/layout.ts';
import { ToolSelect } from './ToolSelect.tsx';

const selectSet = (s: AppState) => s.setTheme;
const WORDS = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or what the system asks for; remembered with the layout (app/layout/persist.ts). */
export function ThemeSelect() {
  const value = useApp(selectTheme);
  const onChange = useApp(selectSet);
  return (
    <ToolSelect label="Theme" value={value} options={THEMES} words={WORDS} onChange={onChange} />
  );
}
