import { useId } from 'react';
import { isK8sVersion, K8S_VERSIONS } from '../../src/validate/versions.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectK8sVersion } from '../store/selectors.ts';
import './version.css';

const selectSet = (s: AppState) => s.setK8sVersion;

/** The Kubernetes version validation targets (UI state beside the text, never in it). */
export function VersionSelect() {
  const version = useApp(selectK8sVersion);
  const setVersion = useApp(selectSet);
  const id = useId();
  return (
    <div className="toolbar-version">
      <label htmlFor={id}>Kubernetes version</label>
      <select
        id={id}
        className="tool-select"
        value={version}
        onChange={(e) => {
          if (isK8sVersion(e.target.value)) setVersion(e.target.value);
        }}
      >
        {K8S_VERSIONS.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
