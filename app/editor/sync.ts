/** The smallest single edit that turns `from` into `to`: the common prefix and suffix stay. */
export function minimalEdit(
  from: string,
  to: string,
): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (
    endFrom > start &&
    endTo > start &&
    from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)
  ) {
    endFrom--;
    endTo--;
  }
  return { start, end: endFrom, text: to.slice(start, endTo) };
}
