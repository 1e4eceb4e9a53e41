/** True when a command-line argument is a glob pattern rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|\\/\]]/g, '\\$&');
}

/**
 * Turns one path segment of a glob (`*.txt`, `essay-?.md`, `[a-c]*`) into a regular expression
 * source. `*` and `?` never cross a `/`; segments are matched one at a time, so the expressions
 * stay small and linear.
 */
function segmentSource(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) { source += '\\['; continue; }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else source += escape(c);
  }
  return source;
}

/** A glob split into the folder to start from and one matcher per remaining segment. */
export interface CompiledGlob {
  /** The leading segments without wildcards, joined (`.` when none). */
  base: string;
  /** One matcher per segment after the base; `'**'` matches any number of folders. */
  segments: Array<RegExp | '**'>;
}

/**
 * Compiles a glob such as `essays/**\/*.txt`: `**` is any depth of folders, `*` any run of
 * characters but `/`, `?` one character, `[abc]` a class. Names starting with a dot match only
 * a pattern that starts with a dot, as in the shell.
 */
export function compileGlob(pattern: string): CompiledGlob {
  const parts = pattern.split('/');
  const baseParts: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) baseParts.push(parts.shift()!);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  const segments = parts.map((part) => (part === '**' ? '**' : new RegExp(`^${part.startsWith('.') ? '' : '(?!\\.)'}${segmentSource(part)}$`)));
  return { base, segments };
}
