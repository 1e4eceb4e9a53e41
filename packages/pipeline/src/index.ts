import { composeStages, type Doc, type TableSpec } from '@essaylens/doc';
import { tokenize } from '@essaylens/tokenize';
import { parseStage } from '@essaylens/parse';
import { entitiesPlugin, entitiesStage, entitiesTables } from '@essaylens/entities';
import { hedgesStage, hedgesTables } from '@essaylens/hedges';
import { relationsStage, stanceStage, stanceTables } from '@essaylens/stance';
import { sentencesTable, tokensTable } from '@essaylens/report';

/** Options for building an analyzer. */
export interface AnalyzerOptions {
  /** A user lexicon (parsed JSON): `entities` and `cues` sections, see the README. */
  lexicon?: unknown;
}

/** Options for `analyze`. */
export interface AnalyzeOptions extends AnalyzerOptions {
  /** The document id every report row carries; default `doc`. */
  id?: string;
  /** Metadata kept on the Doc (a JSONL record's extra fields, for example). */
  meta?: Record<string, unknown>;
}

/** A function from text to a Doc with every layer. */
export type Analyzer = (text: string, options?: { id?: string; meta?: Record<string, unknown> }) => Doc;

/**
 * Builds an analyzer once (lexicons compiled, stage order checked) for many documents.
 *
 * @example
 * const run = createAnalyzer({ lexicon: JSON.parse(fs.readFileSync('my-lexicon.json', 'utf8')) });
 * const docs = texts.map((text, i) => run(text, { id: `doc-${i}` }));
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const run = composeStages([
    parseStage([entitiesPlugin]),
    entitiesStage({ lexicon: options.lexicon }),
    hedgesStage({ lexicon: options.lexicon }),
    stanceStage(),
    relationsStage(),
  ]);
  return (text, documentOptions = {}) => run(tokenize(text, documentOptions));
}

let defaultAnalyzer: Analyzer | undefined;

/**
 * Analyses one document: tokenizes it and runs every stage, returning a Doc with every layer
 * (`parse`, `entities`, `hedges`, `stance`, `relations`).
 *
 * @param text - the document text, decoded, without a byte-order mark.
 * @param options - the document's id and metadata, and optionally a user lexicon.
 * @example
 * import { analyze } from '@essaylens/pipeline';
 * const doc = analyze('I do not anticipate an attack before February 20.', { id: 'note' });
 * doc.layers.hedges?.cues[0]?.text; // 'I do not anticipate'
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Doc {
  const { lexicon, ...documentOptions } = options;
  if (lexicon !== undefined) return createAnalyzer({ lexicon })(text, documentOptions);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer(text, documentOptions);
}

/** Every report table, in the order the CLI writes them. */
export const tables: readonly TableSpec[] = [sentencesTable, tokensTable, ...entitiesTables, ...hedgesTables, ...stanceTables];
