/** What a change returns: success with its data, or a typed error (a message key of `adminConsole.errors`) having written nothing. */
export type Outcome<E extends string, T extends object = object> = ({ ok: true } & T) | { ok: false; error: E };

export function fail<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
