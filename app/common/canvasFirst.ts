// The diagram is what a visitor looks at first, and it is a chunk of its own. The heavy work that
// starts with the page (the validator and its schema, Monaco, the analysis and problems panels)
// waits until the canvas has drawn its first picture: compiled and run on the main thread before
// it, that work would hold the picture back by a quarter of a second.

let reveal: () => void = () => undefined;
const shown = new Promise<void>((resolve) => {
  reveal = resolve;
});
// Never for long: a canvas that cannot draw (its chunk failed to load) must not keep the editor
// and the validation away.
setTimeout(() => reveal(), 2000);

/** Says the canvas has drawn its first picture (or has nothing to draw). */
export function canvasShown(): void {
  reveal();
}

/** Runs `start` once the canvas has drawn its first picture. */
export function afterCanvas<T>(start: () => T | Promise<T>): Promise<T> {
  return shown.then(start);
}
