/** An edit that cannot be applied; `message` is shown to the user as is. */
export class EditError extends Error {
  override name = 'EditError';
}
