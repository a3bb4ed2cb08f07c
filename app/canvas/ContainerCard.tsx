import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ContainerView } from '../../src/pod/types.ts';
import { useCardDrag } from '../dnd/useCardDrag.ts';
import { DiagnosticBadge } from '../problems/DiagnosticBadge.tsx';
import { ROLE_WORDS } from '../roles.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { CardArrange } from './CardArrange.tsx';
import { RenameField } from './RenameField.tsx';
import { useMountDrop } from './volume/useMountDrop.ts';

interface Props {
  container: ContainerView;
  /** 1-based start order in the init lane. */
  order?: number;
  /** How many cards the card's lane holds. */
  laneSize?: number;
  stale: boolean;
}

const selectActions = (s: AppState) => s.selectContainer;
const selectRemove = (s: AppState) => s.removeContainer;

/** One container: named "<name>, <role words>" for assistive tech and tests. */
export const ContainerCard = memo(function ContainerCard({
  container: c,
  order,
  laneSize = 1,
  stale,
}: Props) {
  const selected = useApp((s) => s.selectedContainer === c.name);
  const shown = useApp((s) => s.selectedContainer === c.name && s.inspectorTab === 'container');
  const drag = useCardDrag(c, stale);
  const mountDrop = useMountDrop(c);
  const selectContainer = useApp(selectActions);
  const removeContainer = useApp(selectRemove);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);
  const ref = { list: c.list, index: c.index };
  const roleWords = ROLE_WORDS[c.role];
  const displayName = c.name || '(unnamed)';

  // Keyboard users land back on the Rename button after renaming, not on <body>.
  useEffect(() => {
    if (renaming || !restoreFocus.current) return;
    restoreFocus.current = false;
    renameButton.current?.focus();
  }, [renaming]);
  const endRename = (hadFocus: boolean) => {
    restoreFocus.current = hadFocus;
    setRenaming(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      removeContainer(ref);
    } else if (e.key === 'F2') {
      e.preventDefault();
      setRenaming(true);
    }
  };

  return (
    <li className="card-item" {...mountDrop}>
      <div
        ref={drag.setNodeRef}
        role="group"
        aria-label={`${displayName}, ${roleWords}`}
        className={`card role-${c.role}`}
        data-selected={selected || undefined}
        data-stale={stale || undefined}
        data-dragging={drag.isDragging || undefined}
      >
        <button
          type="button"
          className="card-select"
          aria-pressed={selected}
          // A second click deselects, unless the inspector shows another tab: then it shows this one.
          onClick={() => selectContainer(shown ? null : c.name)}
          {...drag.handle(onKeyDown)}
        >
          <span className="visually-hidden">Select {displayName}</span>
        </button>
        <div className="card-head">
          {order !== undefined ? (
            <span className="card-order" title={`Starts ${ordinal(order)}`}>
              {order}
            </span>
          ) : null}
          {renaming ? (
            <RenameField container={c} onDone={endRename} />
          ) : (
            <span className="card-name">{displayName}</span>
          )}
          <span className={`badge role-${c.role}`}>{roleWords}</span>
        </div>
        <div className="card-image" title="Image">
          {c.image ?? <em>no image</em>}
        </div>
        {c.role === 'native-sidecar' ? (
          <p className="card-note">restartPolicy: Always · runs for the pod’s whole life</p>
        ) : null}
        {c.ports.length > 0 ? (
          <ul className="card-facts" aria-label="Ports">
            {c.ports.map((p, i) => (
              <li key={i} className="fact fact-port">
                {p.name ? `${p.name} ` : ''}
                {p.containerPort}/{p.protocol}
              </li>
            ))}
          </ul>
        ) : null}
        {c.mounts.length > 0 ? (
          <ul className="card-facts" aria-label="Volume mounts">
            {c.mounts.map((m, i) => (
              <li key={i} className="fact fact-mount">
                {m.volume} → {m.mountPath}
                {m.readOnly ? ' (read-only)' : ''}
              </li>
            ))}
          </ul>
        ) : null}
        <CardArrange container={c} laneSize={laneSize} stale={stale} />
        <div className="card-actions">
          {renaming ? null : (
            <button
              ref={renameButton}
              type="button"
              className="icon-button"
              aria-label={`Rename ${displayName}`}
              onClick={() => setRenaming(true)}
            >
              <span aria-hidden="true">✎</span>
            </button>
          )}
          <button
            type="button"
            className="icon-button danger"
            aria-label={`Remove ${displayName}`}
            onClick={() => removeContainer(ref)}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        {/* Last, so Tab from the card reaches its own controls first. */}
        <DiagnosticBadge path={c.path} />
      </div>
    </li>
  );
});

function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth'];
  return words[n - 1] ?? `#${n}`;
}
