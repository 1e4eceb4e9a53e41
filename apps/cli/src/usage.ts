/** Thrown for bad command-line usage; the command exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `essaylens --help`: every option, each with an example. */
export const HELP = `essaylens — how sure is the writer? Hedges, boosters, entities, stance and
relations of essays, as CSV (or JSON) tables whose rows point back to the exact characters.

Usage:
  essaylens analyze <input...> [options]
  essaylens --help | --version

Inputs (any mix, read in the order given):
  FILE              One document; its doc_id is the file name without the extension.
                      essaylens analyze essay.txt
  FOLDER            Every .txt and .md file below it, recursively, in name order.
                      essaylens analyze essays/
  GLOB              Files matching a pattern (* ? [abc] and ** for any depth); quote it.
                      essaylens analyze 'essays/**/*.md'
  -                 Standard input, as one document with doc_id "stdin".
                      cat essay.txt | essaylens analyze -

Options:
      --input-format text|jsonl
                    jsonl: each input (file, folder of .jsonl files, or -) holds one
                    {"id": ..., "text": ..., ...metadata} per line; metadata becomes extra
                    columns of summary. Default: text.
                      essaylens analyze corpus.jsonl --input-format jsonl
  -o, --out DIR|-   Output folder, created if needed (default: ./reports). One file per
                    table plus errors. "-" writes to standard output instead: one table
                    (choose it with --tables), or with --format jsonl and no single table,
                    one JSON line per document holding all its tables.
                      essaylens analyze essays/ --out reports/2024-06
                      essaylens analyze essay.txt --tables hedges --out - | less
  -t, --tables LIST Comma-separated tables to write (default: all): sentences, tokens,
                    entities, entity_counts, hedges, stance, relations, forecasts, summary.
                      essaylens analyze essays/ --tables hedges,summary
  -f, --format csv|json|jsonl
                    File format (default: csv). json: one array per table; jsonl: one
                    object per line.
                      essaylens analyze essays/ --format jsonl
      --bom         Start each CSV file with a UTF-8 byte-order mark, for Excel.
                      essaylens analyze essay.txt --bom
  -j, --jobs N      Worker threads (default: the number of cores). The output is the same,
                    byte for byte and in input order, whatever N is.
                      essaylens analyze essays/ --jobs 4
  -l, --lexicon FILE
                    A JSON lexicon of your own entities and cues (see the README); a bad
                    file is reported with the field at fault, and nothing runs.
                      essaylens analyze essays/ --lexicon my-lexicon.json
  -q, --quiet       No progress bar (it shows only when standard error is a terminal).
                      essaylens analyze essays/ --quiet
  -h, --help        Show this help.
  -v, --version     Show the version.

As a filter (Hadoop Streaming, Spark RDD.pipe, GNU parallel): JSONL in, JSONL out.
  essaylens analyze - --input-format jsonl --format jsonl --out - --jobs 1 < part.jsonl > part.out.jsonl

Bad input: a missing, unreadable, binary or badly encoded input gets one line on standard
error and a row in errors.csv; the run goes on. Reports are written under temporary names and
renamed only when complete, so an interrupted run leaves the previous reports as they were.

Exit codes: 0 every input analysed; 1 some input failed (see errors.csv) or the reports could
not be written; 2 bad usage (unknown option, bad value, unusable --lexicon).
`;
