/**
 * Saves `text` as a file called `name` through the browser's own download: the file is built in
 * the page (a blob URL), so nothing is sent anywhere. A text starting with U+FEFF gives a file
 * starting with the UTF-8 byte order mark, so an opened file downloads byte for byte.
 */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves `blob` as a file called `name`, made in the page like {@link downloadText}. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns: revoke it well after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Puts `text` on the clipboard; false when the browser refuses (no permission, no focus). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
