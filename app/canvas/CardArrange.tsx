import type { ContainerView, Role } from '../../src/pod/types.ts';
import { useArrange } from './useArrange.ts';

/** The roles a card can be given, in lane order, with the words the select shows. */
const ROLE_CHOICES: { role: Role; label: string }[] = [
  { role: 'init', label: 'Init container' },
  { role: 'native-sidecar', label: 'Native sidecar' },
  { role: 'sidecar', label: 'Classic sidecar' },
  { role: 'main', label: 'Main container' },
];

interface Props {
  container: ContainerView;
  /** How many cards its lane holds (Move down is off for the last one). */
  laneSize: number;
  stale: boolean;
}

/**
 * The keyboard and click alternatives to dragging a card: Move up / down in start order (init
 * lane), a Role select (the lane it belongs in), Make main, and Duplicate. Each is one undo step.
 */
export function CardArrange({ container: c, laneSize, stale }: Props) {
  const { place, step, duplicate } = useArrange();
  const ref = { list: c.list, index: c.index };
  const name = c.name || '(unnamed)';
  const tag = (control: string) => ({ 'data-card-name': c.name, 'data-card-control': control });
  return (
    <div className="card-arrange">
      {c.list === 'initContainers' ? (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} up`}
            title="Start earlier"
            disabled={stale || c.index === 0}
            onClick={() => step(ref, c.name, -1)}
            {...tag('up')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} down`}
            title="Start later"
            disabled={stale || c.index >= laneSize - 1}
            onClick={() => step(ref, c.name, 1)}
            {...tag('down')}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </>
      ) : null}
      <select
        className="card-role"
        aria-label={`Role of ${name}`}
        value={c.role}
        disabled={stale}
        onChange={(e) => place(ref, c.name, e.target.value as Role, undefined, 'role')}
        {...tag('role')}
      >
        {ROLE_CHOICES.map((o) => (
          <option key={o.role} value={o.role}>
            {o.label}
          </option>
        ))}
      </select>
      {c.role === 'sidecar' ? (
        <button
          type="button"
          className="icon-button"
          aria-label={`Make ${name} the main container`}
          title="Make main (kubectl's default container)"
          disabled={stale}
          onClick={() => place(ref, c.name, 'main', undefined, 'role')}
          {...tag('main')}
        >
          <span aria-hidden="true">★</span>
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label={`Duplicate ${name}`}
        title="Duplicate"
        disabled={stale}
        onClick={() => duplicate(ref, c.name)}
        {...tag('duplicate')}
      >
        {/* Two stacked sheets; a glyph would depend on the fonts installed. */}
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" fill="none">
          <rect x="4.5" y="4.5" width="8" height="8" rx="1.5" stroke="currentColor" />
          <path
            d="M9.5 2.5v-.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h.5"
            stroke="currentColor"
          />
        </svg>
      </button>
    </div>
  );
}
