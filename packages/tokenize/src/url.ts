// URLs and e-mail addresses are found on whole runs of non-space characters. Every pattern
// here is anchored and its repeated groups are separated by a character the groups cannot
// hold, so a test costs time linear in the run, whatever the run holds.

const URL_START = /^(?:https?:\/\/|ftp:\/\/|www\.)/iu;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?$/u;
/**
 * Top-level domains a bare address (`example.com`, without `www.` or a scheme) may end with.
 * Written in lower case only: `Vienna.It` is a missing space, not an Italian site. Domains that
 * are also English words (`.in`, `.it`, `.at`, `.be`, `.me`, `.us`) are left out, so `the
 * end.in the` stays words; such sites are still found with `www.` or a scheme.
 */
const BARE_TLD = /\.(?:com|org|net|edu|gov|int|mil|io|info|eu|uk|de|fr|ru|cn|ch|nl|es|jp|au|ca|news|tv)$/u;
/** The longest bare domain or e-mail address tried (a URL with a scheme or `www.` has no limit). */
const MAX_ADDRESS = 2048;
/** Punctuation a URL may hold inside but not end with (`see www.x.com.`). */
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '"', "'", '\u2019', '\u201d', '>', '\u00bb']);

function count(text: string, from: number, to: number, ch: string): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text[k] === ch) n++;
  return n;
}

/** Where the address starting at `i` ends once trailing sentence punctuation is given back. */
function trimTrailing(text: string, i: number, runEnd: number): number {
  let end = runEnd;
  const opened = count(text, i, end, '(');
  let closed = count(text, i, end, ')');
  while (end > i && URL_TRAILING.has(text[end - 1] ?? '')) {
    // keep a closing bracket the URL itself opened (`.../Foo_(bar)`)
    if (text[end - 1] === ')') {
      if (opened >= closed) break;
      closed--;
    }
    end--;
  }
  return end;
}

/**
 * The end of a URL or e-mail address starting at `i` inside the run of non-space characters
 * `[i, runEnd)`, or -1 when there is none. Recognised: `http(s)://` and `ftp://` addresses,
 * `www.` addresses, e-mail addresses, and bare domains with a common top-level domain.
 */
export function scanUrl(text: string, i: number, runEnd: number): number {
  const end = trimTrailing(text, i, runEnd);
  if (end - i < 5) return -1;
  const candidate = text.slice(i, end);
  if (URL_START.test(candidate)) return end;
  // V8 keeps one backtracking entry per repetition of a group, so the patterns below overflow
  // the stack on a run of megabytes (`U.S.U.S.…` with no space); no real address is this long.
  if (end - i > MAX_ADDRESS) return -1;
  if (candidate.includes('@')) return EMAIL.test(candidate) ? end : -1;
  if (!BARE_DOMAIN.test(candidate)) return -1;
  const slash = candidate.indexOf('/');
  return BARE_TLD.test(slash < 0 ? candidate : candidate.slice(0, slash)) ? end : -1;
}
