import type { ReserveBar, ReserveGroup } from '../../src/diagram/reserves.ts';

// Draws the bars computed in src/diagram/reserves.ts: one list per resource, one bar per phase.
// Every bar's amount and mark are words too, so the list reads the same without the bars.

/**
 * The pod's requests per phase as bars, one group per resource, the phase that sets the pod's
 * request highlighted and said in words; a phase with no request says "not set".
 */
export function ReservesChart({ groups }: { groups: ReserveGroup[] }) {
  return (
    <div className="reserves-chart">
      {groups.map((g) => (
        <div key={g.resource} className="reserves-group" data-unset={g.unset || undefined}>
          <p className="reserves-head">
            <strong>{g.label}</strong> requests by phase. {g.note}
          </p>
          <ul className="reserves-bars" aria-label={`${g.label} requests by phase`}>
            {g.bars.map((b) => (
              <Bar key={b.id} bar={b} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Bar({ bar }: { bar: ReserveBar }) {
  const set = bar.amount !== undefined;
  return (
    <li
      className={`reserves-row reserves-${bar.phase.kind}`}
      data-sets={bar.sets || undefined}
      data-unset={!set || undefined}
    >
      <span className="reserves-phase">
        <span className="reserves-label">{bar.label}</span>{' '}
        <span className="reserves-detail">{bar.detail}</span>
      </span>{' '}
      {/* The bar repeats the amount beside it: hidden from screen readers, which read the words. */}
      <span className="reserves-track" aria-hidden="true">
        {/* A zero request draws nothing; its amount beside says "0". */}
        {set && bar.fraction > 0 ? (
          <span className="reserves-bar" style={{ width: `${(bar.fraction * 100).toFixed(2)}%` }} />
        ) : null}
      </span>{' '}
      <span className="reserves-amount">
        {set ? bar.amount : 'not set'}
        {bar.sets ? <strong className="reserves-sets"> sets the pod&apos;s request</strong> : null}
      </span>
    </li>
  );
}
