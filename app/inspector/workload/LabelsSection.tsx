import { WORKLOADS } from '../../../src/pod/kinds.ts';
import { useState } from 'react';
import { podLabelsPath, selectorProblem } from '../../../src/edit/labels.ts';
import { labelValueProblem } from '../../../src/pod/names.ts';
import type { PodView } from '../../../src/pod/types.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { selectDocValue, useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import {
  editPodLabel,
  matchSelector,
  removeMapEntry,
  setMapEntry,
} from '../../commands/workload.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
import { Section } from '../Section.tsx';
import { KeyValueEditor } from './KeyValueEditor.tsx';

/** A plain map of the shown workload (labels, annotations) with its add/change/remove ops. */
function useMap(path: Path) {
  const store = useAppStore();
  return {
    value: useDocValue(path),
    onSet: (key: string, value: string, oldKey?: string) =>
      setMapEntry(store, path, { key, value, oldKey }),
    onRemove: (key: string) => removeMapEntry(store, path, key),
  };
}

/** The workload's own labels and annotations, and those of the pods it makes. */
export function LabelsSection({ workload }: { workload: PodView }) {
  const locked = useFormsLocked();
  const isPod = !workload.templatePath.length;
  const own = useMap(['metadata', 'labels']);
  const ownAnnotations = useMap(['metadata', 'annotations']);
  const podAnnotations = useMap([...workload.templatePath, 'metadata', 'annotations']);
  return (
    <>
      {isPod ? null : (
        <Section title={`${workload.kind} labels and annotations`}>
          <p className="field-hint">
            On the {workload.kind} object itself; its pods get the pod labels below.
          </p>
          <KeyValueEditor
            title={`${workload.kind} labels`}
            noun="label"
            validateValue={labelValueProblem}
            locked={locked}
            {...own}
          />
          <KeyValueEditor
            title={`${workload.kind} annotations`}
            noun="annotation"
            locked={locked}
            {...ownAnnotations}
          />
        </Section>
      )}
      <Section title="Pod labels and annotations">
        <PodLabels workload={workload} locked={locked} />
        <KeyValueEditor
          title="Pod annotations"
          noun="annotation"
          locked={locked}
          {...podAnnotations}
        />
      </Section>
    </>
  );
}

/** The pod labels, which selectors (the controller's, Services') pick the pods by. */
function PodLabels({ workload, locked }: { workload: PodView; locked: boolean }) {
  const store = useAppStore();
  const [follow, setFollow] = useState(true);
  const labels = useDocValue(podLabelsPath(workload));
  const problem = useApp((s) => {
    const value = selectDocValue(s, []);
    return selectorProblem(value, workload);
  });
  // Jobs make their own selector; only kinds that require one carry one the user keeps in step.
  const hasSelector = WORKLOADS[workload.kind].selector === 'required';
  const edit = (oldKey: string | undefined, key: string | undefined, value?: string) =>
    editPodLabel(store, { oldKey, key, value, followSelector: hasSelector && follow });
  return (
    <>
      <KeyValueEditor
        title="Pod labels"
        noun="pod label"
        value={labels}
        validateValue={labelValueProblem}
        locked={locked}
        onSet={(key, value, oldKey) => edit(oldKey, key, value)}
        onRemove={(key) => edit(key, undefined)}
      />
      {hasSelector ? (
        <div className="selector-status">
          <label className="field-check">
            <input
              type="checkbox"
              checked={follow}
              disabled={locked}
              onChange={(e) => setFollow(e.target.checked)}
            />
            Keep the selector matching (edits to pod labels also change spec.selector.matchLabels)
          </label>
          {problem ? (
            <>
              <p className="field-error" role="status">
                <span aria-hidden="true">⚠ </span>
                The selector does not match the pods: {problem}
              </p>
              <button
                type="button"
                className="small-button"
                disabled={locked}
                onClick={() => matchSelector(store)}
              >
                Make the selector match the pod labels
              </button>
            </>
          ) : (
            <p className="field-hint" role="status">
              <span aria-hidden="true">✓ </span>
              The selector matches the pod labels.
            </p>
          )}
        </div>
      ) : null}
    </>
  );
}
