import { useEffect, useState } from 'react';
import { useAppStore } from '../store/context.tsx';
import { openFilesLater } from './later.ts';
import './io.css';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Dropping a file anywhere on the app opens it. While a file is dragged over the window a hint
 * covers the app. Only drags that carry files are handled (in the capture phase, before the editor
 * could paste a path): moving cards and palette items is pointer-based and never reaches here.
 */
export function FileDrop() {
  const store = useAppStore();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const hover = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file itself, leaving the app.
      e.preventDefault();
      e.stopPropagation();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setOver(false);
      openFilesLater(store, [...(e.dataTransfer?.files ?? [])]);
    };
    const end = () => {
      depth = 0;
      setOver(false);
    };
    const listeners = [
      ['dragenter', enter],
      ['dragover', hover],
      ['dragleave', leave],
      ['drop', drop],
      ['dragend', end],
    ] as const;
    for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    };
  }, [store]);

  if (!over) return null;
  return (
    <div className="file-drop" role="status">
      <p className="file-drop-hint">
        <span aria-hidden="true">⇩ </span>Drop the file to open it
        <small>YAML or JSON, every document kept</small>
      </p>
    </div>
  );
}
