// Regular expressions with Unicode property classes (\p{M}, \p{Script=Han}) cost a fraction of a millisecond each to
// build, and the bundler turns such literals into `new RegExp` calls that run when the module loads. The content
// script loads on every page, most of which never need them: they are built on first use instead.

/** A pattern built the first time it is asked for, then kept. */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
