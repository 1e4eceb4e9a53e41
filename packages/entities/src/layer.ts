import type { Span } from '@essaylens/doc';

/** Entity types, as ANNOTATION.md defines them. */
export type EntityType = 'PERSON' | 'GPE' | 'LOC' | 'ORG' | 'NORP' | 'EVENT' | 'MISC';

/** One mention of an entity: a span on the Doc's tokens with its canonical name and type. */
export interface Mention extends Span {
  /** The one name every form of this referent shares in the document (`Vladimir Putin`). */
  canonical: string;
  type: EntityType;
  /** Index of the sentence holding the mention. */
  sentence: number;
}

/** One referent of the document with its mention count. */
export interface EntitySummary {
  canonical: string;
  type: EntityType;
  mentions: number;
  firstSentence: number;
}

/** The `entities` layer. */
export interface EntitiesLayer {
  mentions: Mention[];
  entities: EntitySummary[];
}

declare module '@essaylens/doc' {
  interface Layers {
    entities?: EntitiesLayer;
  }
}
