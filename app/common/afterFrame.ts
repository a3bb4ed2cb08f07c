/**
 * Runs `fn` once the next frame has been drawn: a task posted from that frame's callbacks runs
 * after its rendering. For work the user need not see in the same frame as a keystroke.
 */
export function afterNextFrame(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}
