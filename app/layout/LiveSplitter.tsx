import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { SplitBar, type SplitterProps } from './Splitter.tsx';
import { useSplit } from './useSplit.ts';

const selectSetSize = (s: AppState) => s.setPaneSize;

/** The splitter with its pointer, keyboard and double-click handlers (app/layout/useSplit.ts). */
export default function LiveSplitter(props: SplitterProps) {
  const setSize = useApp(selectSetSize);
  const handlers = useSplit(props.bar, props, (size) => setSize(props.pane, size));
  return <SplitBar {...props} handlers={handlers} />;
}
