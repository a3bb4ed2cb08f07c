import { K8S_VERSIONS } from '../../src/validate/versions.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectK8sVersion } from '../store/selectors.ts';
import { ToolSelect } from './ToolSelect.tsx';

const selectSet = (s: AppState) => s.setK8sVersion;

/** The Kubernetes version validation targets (UI state beside the text, never in it). */
export function VersionSelect() {
  const value = useApp(selectK8sVersion);
  const onChange = useApp(selectSet);
  return (
    <ToolSelect
      label={
        <>
          <span className="toolbar-long">Kubernetes version</span>
          {/* Narrow windows show the short form; the name stays the long one. */}
          <span className="toolbar-short" aria-hidden="true">
            K8s
          </span>
        </>
      }
      value={value}
      options={K8S_VERSIONS}
      onChange={onChange}
    />
  );
}
