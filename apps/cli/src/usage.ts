/** Thrown for bad command-line usage; the command exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP = `essaylens — how sure is the writer? Reports on essays as CSV tables.

Usage:
  essaylens analyze <file...> [--out DIR]
  essaylens --help | --version

Commands:
  analyze     Analyse each file and write one CSV file per table into the output folder.

Options:
  -o, --out DIR     Output folder (default: ./reports).
                    essaylens analyze essay.txt --out reports
      --bom         Start each CSV file with a UTF-8 byte-order mark, for Excel.
                    essaylens analyze essay.txt --bom
  -h, --help        Show this help.
  -v, --version     Show the version.

Each file's doc_id is its name without the extension. Exit codes: 0 all inputs analysed,
1 some input failed (see errors.csv), 2 bad usage.
`;
