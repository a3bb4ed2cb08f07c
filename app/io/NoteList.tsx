/** A titled list of plain sentences: what a format cannot hold, what a conversion left out. */
export function NoteList({
  id,
  title,
  notes,
  className = 'export-notes',
}: {
  id: string;
  title: string;
  notes: readonly string[];
  className?: string;
}) {
  return (
    <div className={className}>
      <p id={id}>{title}</p>
      <ul aria-labelledby={id}>
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
