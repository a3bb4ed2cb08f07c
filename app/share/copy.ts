/** How copying went: on the clipboard, or only selected for the person to copy. */
export type CopyResult = 'copied' | 'selected';

/**
 * Copies the text of `field` to the clipboard. Where the Clipboard API is missing or refused
 * (an http address other than localhost, a denied permission), the text is selected instead, and
 * the old `execCommand('copy')` is tried on the selection; if that fails too, the person copies
 * the selection with the keyboard.
 */
export async function copyField(
  field: HTMLTextAreaElement | HTMLInputElement,
  clipboard: Pick<Clipboard, 'writeText'> | null | undefined = navigator.clipboard,
): Promise<CopyResult> {
  try {
    if (!clipboard) throw new Error('no Clipboard API here');
    await clipboard.writeText(field.value);
    return 'copied';
  } catch {
    field.focus();
    field.select();
    try {
      return field.ownerDocument.execCommand('copy') ? 'copied' : 'selected';
    } catch {
      return 'selected';
    }
  }
}
