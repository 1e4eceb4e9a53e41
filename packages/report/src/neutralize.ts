/**
 * Characters that make a spreadsheet read a cell as a formula when they open it: `=`, `+`, `-`,
 * `@`, tab and carriage return (OWASP's CSV-injection list), and their full-width forms, which
 * Excel and Google Sheets also accept.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20']);

/** Spreadsheets skip these before looking for a formula trigger. */
const LEADING_SPACE = /^[ \u00a0\u3000]*/u;

/**
 * Returns the cell a spreadsheet shows as text: a string that would run as a formula gets a
 * leading apostrophe, which spreadsheets hide and treat as "this is text". Everything else,
 * numbers included, comes back unchanged.
 *
 * @example
 * neutralizeFormula('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * neutralizeFormula('  +1');            // "'  +1"
 * neutralizeFormula('Putin');           // 'Putin'
 */
export function neutralizeFormula(value: string): string {
  const first = value.charAt(LEADING_SPACE.exec(value)![0].length);
  return TRIGGERS.has(first) ? `'${value}` : value;
}

/** True when `neutralizeFormula` would change the string. */
export function isFormulaLike(value: string): boolean {
  return neutralizeFormula(value) !== value;
}
