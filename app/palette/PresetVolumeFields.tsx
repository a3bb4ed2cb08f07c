import type { Ref } from 'react';
import type { PlannedVolume, VolumeChoiceProblems } from '../../src/edit/preset.ts';
import type { VolumeChoice } from '../../src/templates/presets.ts';
import { FieldFrame } from '../forms/FieldFrame.tsx';

export type VolumeField = keyof VolumeChoice;

interface Props {
  id: string;
  /** What the user typed, as typed. */
  value: VolumeChoice;
  onChange: (field: VolumeField, value: string) => void;
  /** The plan of the current values: read-only flags and the sentence on what goes where. */
  volume: PlannedVolume;
  /** The main container, when the pod has one. */
  main?: string;
  /** The problems shown after a refused submit, by field; cleared field by field as the user types. */
  errors: VolumeChoiceProblems;
  inputRef: (field: VolumeField) => Ref<HTMLInputElement>;
  /** What each container finds where, with the current values. */
  explain?: string;
}

/**
 * The shared volume's name and where each container mounts it: labelled inputs, filled with the
 * preset's defaults, each with its error (or a hint) right under it.
 */
export function PresetVolumeFields({
  id,
  value,
  onChange,
  volume,
  main,
  errors,
  inputRef,
  explain,
}: Props) {
  const field = (name: VolumeField, label: string, hint: string) => {
    const fid = `${id}-${name}`;
    const error = errors[name];
    return (
      <FieldFrame id={fid} label={label} hint={hint} error={error}>
        <input
          ref={inputRef(name)}
          id={fid}
          className="field-input"
          value={value[name]}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fid}-note`}
          onChange={(e) => onChange(name, e.target.value)}
        />
      </FieldFrame>
    );
  };
  const ro = (readOnly?: boolean) => (readOnly ? ' Mounted read-only.' : '');
  return (
    <>
      {field(
        'name',
        'Volume name',
        'A new emptyDir: lowercase letters, digits and "-", not the name of a volume the pod has.',
      )}
      {field(
        'sidecar',
        'Mount path in the sidecar',
        `An absolute path; the sidecar’s command uses it.${ro(volume.sidecar.readOnly)}`,
      )}
      {main
        ? field(
            'main',
            'Mount path in the main container',
            `An absolute path, where ${main} finds the volume.${ro(volume.main.readOnly)}`,
          )
        : null}
      {explain ? <p className="field-hint">{explain}</p> : null}
    </>
  );
}
