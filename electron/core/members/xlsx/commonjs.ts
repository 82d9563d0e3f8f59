/**
 * A CommonJS package loaded with import(): under Node and tsx its exports are named, in the CLI's code-split bundle they
 * are only the default export. `key` is an export that tells which of the two this is.
 */
export function commonJs<T extends { default: unknown }>(mod: T, key: keyof T & keyof T['default']): T['default'] {
  return key in mod && mod[key] !== undefined ? mod : mod.default
}
