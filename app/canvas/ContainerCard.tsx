import { memo, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { deepEqual } from '../../src/edit/equal.ts';
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
  /** The diagram node it is drawn as: arrow keys move between nodes by this id. */
  nodeId: string;
  /** Where the diagram puts it. */
  style: CSSProperties;
}

const selectActions = (s: AppState) => s.selectContainer;
const selectRemove = (s: AppState) => s.removeContainer;

/**
 * One container, a node of the diagram: named "<name>, <role words>" for assistive tech and tests.
 * Its ports and mounts are drawn as the diagram's sockets and edges, not listed here.
 */
export const ContainerCard = memo(function ContainerCard({
  container: c,
  order,
  laneSize = 1,
  stale,
  nodeId,
  style,
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
    <li className="card-item" style={style} {...mountDrop}>
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
          data-node={nodeId}
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
        </div>
        <div className="card-meta">
          <span className={`badge role-${c.role}`}>{roleWords}</span>
          <span className="card-image" title="Image">
            {c.image ?? <em>no image</em>}
          </span>
        </div>
        {c.role === 'native-sidecar' ? (
          <p className="card-note">restartPolicy: Always · runs all along</p>
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
}, deepEqual);

function ordinal(n: number): string {
  const words = ['first', 'second', 'third', 'fourth', 'fifth'];
  return words[n - 1] ?? `#${n}`;
}
