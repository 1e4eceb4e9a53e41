/**
 * Characters that make a spreadsheet read a cell as a formula when they open it: `=`, `+`, `-`,
 * `@`, tab and carriage return (OWASP's CSV-injection list), and their full-width forms, which
 * Excel and Google Sheets also accept.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20']);

/**
 * Spreadsheets skip leading blanks before looking for a formula trigger, so ` =1+1` runs too.
 * Every Unicode space separator, the line feed and the zero-width no-break space count here:
 * neutralising one harmless cell too many costs nothing, missing one costs a formula.
 */
const LEADING_SPACE = /^[ \n\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]*/u;

/**
 * A plain decimal number written as text (`-5`, `+0.25`, `1,000`, `-1.5e3`). Spreadsheets read
 * it as the number it is and nothing runs, so it stays as it is: numbers stay numbers.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Returns the cell a spreadsheet shows as text: a string that would run as a formula gets a
 * leading apostrophe, which spreadsheets hide and treat as "this is text". Everything else,
 * plain numbers included, comes back unchanged.
 *
 * @param value - a cell's text.
 * @returns the text, with an apostrophe in front when a spreadsheet would run it.
 * @example
 * neutralizeFormula('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * neutralizeFormula('  +1+1');          // "'  +1+1"
 * neutralizeFormula('-0.5');            // '-0.5' (a number, not a formula)
 * neutralizeFormula('-');               // '-' (a relation's polarity: nothing to run)
 * neutralizeFormula('Putin');           // 'Putin'
 */
export function neutralizeFormula(value: string): string {
  // A bare sign is the contract's relation polarity (`+`, `-`); with nothing after it there is
  // no formula to run, and spreadsheets show it as the text it is.
  if (value === '+' || value === '-') return value;
  const first = value.charAt(LEADING_SPACE.exec(value)![0].length);
  if (!TRIGGERS.has(first)) return value;
  return PLAIN_NUMBER.test(value) ? value : `'${value}`;
}

/** True when `neutralizeFormula` would change the string. */
export function isFormulaLike(value: string): boolean {
  return neutralizeFormula(value) !== value;
}
